//! The command-line tests: the real `factcheck` binary on real files.

mod annotate;
mod bad_inputs;
mod check_claims;
mod check_quotes;
mod registry_add;
mod registry_hostile;
mod registry_read;
mod registry_validate;
mod semantic_search;
mod support;
