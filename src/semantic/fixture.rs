//! A tiny BERT model with made-up weights, written to a folder, for tests.

use std::path::Path;

/// The fixture's words; their IDs are their places.
pub const WORDS: [&str; 16] = [
    "[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "fires", "war", "shadow", "iran", "talks", "deal",
    "nuclear", "##s", ",", ".", "burn",
];

/// Writes `config.json`, `vocab.txt` and `model.safetensors` for a model
/// of width 8, two heads and one layer into `folder`.
pub fn write(folder: &Path) {
    let (h, i, p, v) = (8usize, 16usize, 32usize, WORDS.len());
    let config = format!(
        r#"{{"hidden_size":{h},"num_hidden_layers":1,"num_attention_heads":2,"intermediate_size":{i},"max_position_embeddings":{p},"vocab_size":{v},"hidden_act":"gelu"}}"#
    );
    let mut shapes: Vec<(String, Vec<usize>)> = vec![
        ("embeddings.word_embeddings.weight".into(), vec![v, h]),
        ("embeddings.position_embeddings.weight".into(), vec![p, h]),
        ("embeddings.token_type_embeddings.weight".into(), vec![2, h]),
    ];
    let l = "encoder.layer.0";
    for name in [
        "attention.self.query",
        "attention.self.key",
        "attention.self.value",
        "attention.output.dense",
    ] {
        shapes.push((format!("{l}.{name}.weight"), vec![h, h]));
        shapes.push((format!("{l}.{name}.bias"), vec![h]));
    }
    shapes.push((format!("{l}.intermediate.dense.weight"), vec![i, h]));
    shapes.push((format!("{l}.intermediate.dense.bias"), vec![i]));
    shapes.push((format!("{l}.output.dense.weight"), vec![h, i]));
    shapes.push((format!("{l}.output.dense.bias"), vec![h]));
    for norm in [
        "embeddings.LayerNorm".to_owned(),
        format!("{l}.attention.output.LayerNorm"),
        format!("{l}.output.LayerNorm"),
    ] {
        shapes.push((format!("{norm}.weight"), vec![h]));
        shapes.push((format!("{norm}.bias"), vec![h]));
    }
    let mut header = Vec::new();
    let mut data: Vec<u8> = Vec::new();
    let mut seed: u32 = 7;
    for (name, shape) in &shapes {
        let count: usize = shape.iter().product();
        let from = data.len();
        for _ in 0..count {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            let value = if name.ends_with("LayerNorm.weight") {
                1.0
            } else {
                (seed >> 8) as f32 / (1u32 << 24) as f32 - 0.5
            };
            data.extend(value.to_le_bytes());
        }
        header.push(format!(
            r#""{name}":{{"dtype":"F32","shape":{shape:?},"data_offsets":[{from},{}]}}"#,
            data.len()
        ));
    }
    let header = format!("{{{}}}", header.join(","));
    let mut file = (header.len() as u64).to_le_bytes().to_vec();
    file.extend(header.as_bytes());
    file.extend(data);
    std::fs::write(folder.join("config.json"), config).unwrap();
    std::fs::write(folder.join("vocab.txt"), WORDS.join("\n")).unwrap();
    std::fs::write(folder.join("model.safetensors"), file).unwrap();
}
