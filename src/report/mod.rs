//! The report stage: renders results as tables (comfy-table) or JSON. Every
//! function returns text; the binary decides where it goes.

pub mod annotation;
pub mod escape;
pub mod registry;
pub mod table;
