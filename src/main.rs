//! The `factcheck` command: parses arguments, calls the library, prints, and
//! maps the outcome to an exit code (0 clean, 1 findings, 2 errors).

mod cli;

use clap::Parser;
use cli::args::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Command::Annotate(annotate) => cli::annotate::run(annotate),
        Command::Registry(registry) => cli::registry::run(registry),
    }
}
