//! The float functions that core lacks. The native build calls std's; the wasm build is no_std
//! (src/lib.rs) and calls the libm crate, whose code is what std's wasm32 build called for them
//! (compiler-builtins carries it), so results are unchanged.

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn ln(x: f32) -> f32 {
        x.ln()
    }
    pub fn exp(x: f32) -> f32 {
        x.exp()
    }
    pub fn round(x: f32) -> f32 {
        x.round()
    }
    pub fn fract(x: f64) -> f64 {
        x.fract()
    }
    pub fn powi(x: f64, n: i32) -> f64 {
        x.powi(n)
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    pub fn ln(x: f32) -> f32 {
        libm::logf(x)
    }
    pub fn exp(x: f32) -> f32 {
        libm::expf(x)
    }
    pub fn round(x: f32) -> f32 {
        libm::roundf(x)
    }
    /// As std defines it: `x - x.trunc()`.
    pub fn fract(x: f64) -> f64 {
        x - libm::trunc(x)
    }
    /// std's `powi` is compiled to a call of compiler-builtins' `__powidf2`; this is its
    /// algorithm, the same multiplications in the same order.
    pub fn powi(x: f64, n: i32) -> f64 {
        let mut x = x;
        let mut n_left = n.unsigned_abs();
        let mut product = 1.0;
        loop {
            if n_left & 1 != 0 {
                product *= x;
            }
            n_left >>= 1;
            if n_left == 0 {
                break;
            }
            x *= x;
        }
        if n < 0 {
            1.0 / product
        } else {
            product
        }
    }
}

pub use imp::{exp, fract, ln, powi, round};
