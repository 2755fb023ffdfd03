//! The binary's side: argument definitions and the commands that call the
//! library and print its results.

pub mod annotate;
pub mod args;
pub mod registry;

use std::io::Write;
use std::process::ExitCode;

/// Nothing at or above the failing severity.
pub const EXIT_OK: u8 = 0;
/// Usage, input or registry errors.
pub const EXIT_ERROR: u8 = 2;

/// Writes `text` to stdout; a closed pipe (`| head`) is not an error.
pub fn print_out(text: &str) -> Result<(), ExitCode> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(ExitCode::from(EXIT_OK)),
        Err(e) => {
            eprintln!("error: cannot write the output: {e}");
            Err(ExitCode::from(EXIT_ERROR))
        }
    }
}

/// Prints an error message on stderr and gives the error exit code.
pub fn fail(message: &str) -> ExitCode {
    // Messages quote paths and file contents: no control character in them
    // reaches the terminal as it is.
    let message = factcheck::report::escape::visible(message.trim_end());
    eprintln!("{message}");
    ExitCode::from(EXIT_ERROR)
}
