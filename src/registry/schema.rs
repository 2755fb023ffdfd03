//! The JSON Schema of a registry file, generated from the Rust types so that
//! it cannot drift from what the loader accepts.

use super::model::Dossier;

/// The schema as pretty-printed JSON, ending with a line break.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Dossier);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_describes_the_three_lists_and_rejects_unknown_keys() {
        let schema: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
        assert_eq!(schema["additionalProperties"], false);
        for list in ["people", "quotes", "claims"] {
            assert!(schema["properties"][list].is_object(), "{list}");
        }
    }
}
