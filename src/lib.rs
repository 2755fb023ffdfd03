//! `factcheck` checks the quotes and claims in a news draft against a registry
//! of what was really said and what is really known.
//!
//! The crate is a pipeline of stages, one module each (see `DESIGN.md`). The
//! library never prints: every stage returns plain data, and the binary
//! decides what reaches the terminal.
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![warn(missing_docs)]

pub mod check;
pub mod extract;
pub mod registry;
pub mod report;
pub mod semantic;
pub mod text;
