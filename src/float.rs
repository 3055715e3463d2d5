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
    pub fn powi(x: f64, n: i32) -> f64 {
        super::powi_by_squaring(x, n)
    }
}

/// std's `powi` as the wasm build had it: a call of compiler-builtins' `__powidf2`, whose
/// algorithm this is, the same multiplications in the same order (a test holds it to std's).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn powi_by_squaring(x: f64, n: i32) -> f64 {
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

pub use imp::{exp, fract, ln, powi, round};

#[cfg(test)]
mod tests {
    #[test]
    fn powi_is_std_powi() {
        // The JSON reader's and writer's powers of ten, and some that are not.
        for x in [10.0, 2.5, -3.0, 0.1] {
            for n in -400..=400 {
                let (a, b) = (super::powi_by_squaring(x, n), x.powi(n));
                assert!(
                    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
                    "{x} {n}"
                );
            }
        }
    }
}
