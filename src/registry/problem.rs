//! A problem found in a registry file, located to the character.

use serde::Serialize;
use std::fmt;

/// A place in a source file: 1-based line and column (in characters), and a
/// 0-based byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
pub struct Position {
    /// Line number, counting from 1.
    pub line: usize,
    /// Column in characters, counting from 1.
    pub column: usize,
    /// Byte offset from the start of the file, counting from 0.
    pub offset: usize,
}

impl Position {
    /// The first character of a file.
    pub const START: Position = Position {
        line: 1,
        column: 1,
        offset: 0,
    };
}

/// One thing wrong with the registry, with where it is and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file, as the user named it (relative to where they ran the tool).
    pub file: String,
    /// Where in the file.
    pub at: Position,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Problem {
    /// A problem at a place in a file.
    pub fn new(file: &str, at: Position, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_owned(),
            at,
            message: message.into(),
            help: None,
        }
    }

    /// The same problem with advice on how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.at.line, self.at.column, self.message
        )?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Every problem found in one run, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.0 {
            writeln!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_line_column_and_help() {
        let p = Problem::new(
            "claims/a.yaml",
            Position {
                line: 3,
                column: 7,
                offset: 40,
            },
            "bad",
        )
        .help("fix it");
        assert_eq!(p.to_string(), "claims/a.yaml:3:7: bad\n  help: fix it");
    }
}
