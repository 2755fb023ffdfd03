//! The forward pass of a BERT encoder (such as MiniLM): token, position and
//! segment embeddings, then layers of self-attention and a feed-forward
//! block, each added back and layer-normalised; the sentence is the mean
//! of its tokens' last states.

use super::tensors::Tensors;
use serde::Deserialize;

/// The shape of a model, from its `config.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    /// Width of every token state.
    pub hidden_size: usize,
    /// How many encoder layers.
    pub num_hidden_layers: usize,
    /// Attention heads per layer; they split the width evenly.
    pub num_attention_heads: usize,
    /// Width of the feed-forward block.
    pub intermediate_size: usize,
    /// The longest sequence the position table covers.
    pub max_position_embeddings: usize,
    /// How many tokens the vocabulary has.
    pub vocab_size: usize,
    /// Added to the variance in layer normalisation.
    #[serde(default = "default_eps")]
    pub layer_norm_eps: f32,
    /// The feed-forward activation; only `gelu` is supported.
    #[serde(default = "default_act")]
    pub hidden_act: String,
}

fn default_eps() -> f32 {
    1e-12
}

fn default_act() -> String {
    "gelu".to_owned()
}

/// A linear map: `out = x · weightᵀ + bias`, the weight stored output by
/// input, row by row.
struct Linear {
    weight: Vec<f32>,
    bias: Vec<f32>,
    inputs: usize,
    outputs: usize,
}

/// Layer normalisation's gain and shift.
struct Norm {
    gain: Vec<f32>,
    shift: Vec<f32>,
}

/// One encoder layer.
struct Layer {
    query: Linear,
    key: Linear,
    value: Linear,
    attention_out: Linear,
    attention_norm: Norm,
    expand: Linear,
    contract: Linear,
    output_norm: Norm,
}

/// A loaded BERT encoder.
pub struct Bert {
    config: Config,
    words: Vec<f32>,
    positions: Vec<f32>,
    segment: Vec<f32>,
    embedding_norm: Norm,
    layers: Vec<Layer>,
}

impl Bert {
    /// Builds the encoder from its configuration and tensors, checking
    /// every shape.
    pub fn new(config: Config, mut tensors: Tensors) -> Result<Bert, String> {
        let h = config.hidden_size;
        if config.hidden_act != "gelu" {
            return Err(format!(
                "activation `{}` is not supported (only gelu)",
                config.hidden_act
            ));
        }
        if h == 0
            || config.num_attention_heads == 0
            || !h.is_multiple_of(config.num_attention_heads)
        {
            return Err(format!(
                "hidden size {h} does not split into {} attention heads",
                config.num_attention_heads
            ));
        }
        let t = &mut tensors;
        let linear = |t: &mut Tensors, name: &str, inputs: usize, outputs: usize| {
            Ok::<_, String>(Linear {
                weight: t.take(&format!("{name}.weight"), &[outputs, inputs])?,
                bias: t.take(&format!("{name}.bias"), &[outputs])?,
                inputs,
                outputs,
            })
        };
        let norm = |t: &mut Tensors, name: &str| {
            Ok::<_, String>(Norm {
                gain: t.take(&format!("{name}.weight"), &[h])?,
                shift: t.take(&format!("{name}.bias"), &[h])?,
            })
        };
        let mut layers = Vec::new();
        for l in 0..config.num_hidden_layers {
            let p = format!("encoder.layer.{l}");
            let i = config.intermediate_size;
            layers.push(Layer {
                query: linear(t, &format!("{p}.attention.self.query"), h, h)?,
                key: linear(t, &format!("{p}.attention.self.key"), h, h)?,
                value: linear(t, &format!("{p}.attention.self.value"), h, h)?,
                attention_out: linear(t, &format!("{p}.attention.output.dense"), h, h)?,
                attention_norm: norm(t, &format!("{p}.attention.output.LayerNorm"))?,
                expand: linear(t, &format!("{p}.intermediate.dense"), h, i)?,
                contract: linear(t, &format!("{p}.output.dense"), i, h)?,
                output_norm: norm(t, &format!("{p}.output.LayerNorm"))?,
            });
        }
        let words = t.take("embeddings.word_embeddings.weight", &[config.vocab_size, h])?;
        let positions = t.take(
            "embeddings.position_embeddings.weight",
            &[config.max_position_embeddings, h],
        )?;
        let mut segment = t.take("embeddings.token_type_embeddings.weight", &[2, h])?;
        segment.truncate(h);
        Ok(Bert {
            embedding_norm: norm(t, "embeddings.LayerNorm")?,
            config,
            words,
            positions,
            segment,
            layers,
        })
    }

    /// The width of the sentence vectors.
    pub fn width(&self) -> usize {
        self.config.hidden_size
    }

    /// The longest sequence the model reads.
    pub fn max_tokens(&self) -> usize {
        self.config.max_position_embeddings
    }

    /// The mean of the last layer's token states for `ids`, scaled to
    /// unit length. IDs outside the vocabulary read as the first token,
    /// and tokens past [`Bert::max_tokens`] are dropped.
    pub fn embed(&self, ids: &[u32]) -> Vec<f32> {
        let h = self.config.hidden_size;
        let ids = &ids[..ids.len().min(self.max_tokens())];
        let n = ids.len();
        if n == 0 {
            return vec![0.0; h];
        }
        let mut x = Vec::with_capacity(n * h);
        for (p, &id) in ids.iter().enumerate() {
            let id = if (id as usize) < self.config.vocab_size {
                id as usize
            } else {
                0
            };
            let word = &self.words[id * h..(id + 1) * h];
            let position = &self.positions[p * h..(p + 1) * h];
            x.extend((0..h).map(|j| word[j] + position[j] + self.segment[j]));
        }
        self.normalise(&mut x, &self.embedding_norm);
        for layer in &self.layers {
            self.layer(&mut x, n, layer);
        }
        let mut mean = vec![0.0f32; h];
        for row in x.chunks_exact(h) {
            for (m, v) in mean.iter_mut().zip(row) {
                *m += v;
            }
        }
        let length = mean.iter().map(|v| v * v).sum::<f32>().sqrt();
        if length > 0.0 {
            mean.iter_mut().for_each(|m| *m /= length);
        }
        mean
    }

    /// One encoder layer over `x` (n tokens).
    fn layer(&self, x: &mut [f32], n: usize, layer: &Layer) {
        let h = self.config.hidden_size;
        let heads = self.config.num_attention_heads;
        let d = h / heads;
        let q = apply(&layer.query, x, n);
        let k = apply(&layer.key, x, n);
        let v = apply(&layer.value, x, n);
        let mut context = vec![0.0f32; n * h];
        let mut scores = vec![0.0f32; n * n];
        let scale = 1.0 / (d as f32).sqrt();
        for head in 0..heads {
            let at = head * d;
            let qh = View::new(&q, at, n, d, h, 1);
            let kt = View::new(&k, at, d, n, 1, h);
            product(qh, kt, &mut scores, 0, n, 0.0);
            for row in scores.chunks_exact_mut(n) {
                let top = row.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b));
                let mut sum = 0.0;
                for s in row.iter_mut() {
                    *s = ((*s - top) * scale).exp();
                    sum += *s;
                }
                row.iter_mut().for_each(|s| *s /= sum);
            }
            let p = View::new(&scores, 0, n, n, n, 1);
            let vh = View::new(&v, at, n, d, h, 1);
            product(p, vh, &mut context, at, h, 0.0);
        }
        let attended = apply(&layer.attention_out, &context, n);
        x.iter_mut().zip(&attended).for_each(|(a, b)| *a += b);
        self.normalise(x, &layer.attention_norm);
        let mut inner = apply(&layer.expand, x, n);
        inner.iter_mut().for_each(|v| *v = gelu(*v));
        let out = apply(&layer.contract, &inner, n);
        x.iter_mut().zip(&out).for_each(|(a, b)| *a += b);
        self.normalise(x, &layer.output_norm);
    }

    /// Layer normalisation of each row of `x`.
    fn normalise(&self, x: &mut [f32], norm: &Norm) {
        let h = self.config.hidden_size;
        for row in x.chunks_exact_mut(h) {
            let mean = row.iter().sum::<f32>() / h as f32;
            let var = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / h as f32;
            let scale = 1.0 / (var + self.config.layer_norm_eps).sqrt();
            for ((v, g), s) in row.iter_mut().zip(&norm.gain).zip(&norm.shift) {
                *v = (*v - mean) * scale * g + s;
            }
        }
    }
}

/// `x · weightᵀ + bias` for n rows of x.
fn apply(linear: &Linear, x: &[f32], n: usize) -> Vec<f32> {
    let mut out = Vec::with_capacity(n * linear.outputs);
    for _ in 0..n {
        out.extend_from_slice(&linear.bias);
    }
    let a = View::new(x, 0, n, linear.inputs, linear.inputs, 1);
    let b = View::new(
        &linear.weight,
        0,
        linear.inputs,
        linear.outputs,
        1,
        linear.inputs,
    );
    product(a, b, &mut out, 0, linear.outputs, 1.0);
    out
}

/// A strided matrix inside a slice.
#[derive(Clone, Copy)]
struct View<'a> {
    data: &'a [f32],
    offset: usize,
    rows: usize,
    cols: usize,
    row_stride: usize,
    col_stride: usize,
}

impl<'a> View<'a> {
    fn new(
        data: &'a [f32],
        offset: usize,
        rows: usize,
        cols: usize,
        row_stride: usize,
        col_stride: usize,
    ) -> View<'a> {
        View {
            data,
            offset,
            rows,
            cols,
            row_stride,
            col_stride,
        }
    }

    /// Whether every element lies inside the slice.
    fn fits(&self, len: usize) -> bool {
        self.rows == 0
            || self.cols == 0
            || self.offset + (self.rows - 1) * self.row_stride + (self.cols - 1) * self.col_stride
                < len
    }
}

/// `out = a · b + beta · out`, `out` written at `offset` with rows
/// `stride` apart.
fn product(a: View, b: View, out: &mut [f32], offset: usize, stride: usize, beta: f32) {
    let c = View::new(out, offset, a.rows, b.cols, stride, 1);
    // The shapes come from a model whose tensors were checked on loading;
    // a mismatch here is a bug in this file, not bad input.
    assert!(a.cols == b.rows && a.fits(a.data.len()) && b.fits(b.data.len()));
    assert!(c.fits(out.len()));
    // SAFETY: the asserts above keep every element sgemm reads or writes
    // inside its slice; `out` is borrowed mutably, so it aliases neither
    // input.
    unsafe {
        matrixmultiply::sgemm(
            a.rows,
            a.cols,
            b.cols,
            1.0,
            a.data.as_ptr().add(a.offset),
            a.row_stride as isize,
            a.col_stride as isize,
            b.data.as_ptr().add(b.offset),
            b.row_stride as isize,
            b.col_stride as isize,
            beta,
            out.as_mut_ptr().add(offset),
            stride as isize,
            1,
        );
    }
}

/// The Gaussian error linear unit, exactly (not the tanh approximation).
fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + erf(x / std::f32::consts::SQRT_2))
}

/// The error function (Abramowitz and Stegun 7.1.26, error below 1.5e-7).
fn erf(x: f32) -> f32 {
    let t = 1.0 / (1.0 + 0.327_591_1 * x.abs());
    let poly = t
        * (0.254_829_6
            + t * (-0.284_496_74 + t * (1.421_413_7 + t * (-1.453_152_1 + t * 1.061_405_4))));
    let y = 1.0 - poly * (-x * x).exp();
    if x < 0.0 {
        -y
    } else {
        y
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erf_matches_known_values() {
        for (x, want) in [
            (0.0, 0.0),
            (0.5, 0.520_499_9),
            (1.0, 0.842_700_8),
            (-2.0, -0.995_322_3),
        ] {
            assert!((erf(x) - want).abs() < 1e-6, "erf({x})");
        }
    }

    #[test]
    fn products_follow_strides() {
        // [1 2; 3 4] · [5 6; 7 8]ᵀ-as-stored = [1 2; 3 4] · [5 7; 6 8]
        let a = [1.0, 2.0, 3.0, 4.0];
        let b = [5.0, 6.0, 7.0, 8.0];
        let mut out = [0.0; 4];
        product(
            View::new(&a, 0, 2, 2, 2, 1),
            View::new(&b, 0, 2, 2, 1, 2),
            &mut out,
            0,
            2,
            0.0,
        );
        assert_eq!(out, [17.0, 23.0, 39.0, 53.0]);
    }
}
