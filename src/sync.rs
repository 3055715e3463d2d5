//! Statics built at first use. The native build uses std's; the wasm build is no_std
//! (src/lib.rs) and single-threaded, so core's cells serve.

#[cfg(not(target_arch = "wasm32"))]
pub use std::sync::{LazyLock, OnceLock};

#[cfg(target_arch = "wasm32")]
pub use self::wasm::{LazyLock, OnceLock};

#[cfg(target_arch = "wasm32")]
mod wasm {
    use core::cell::OnceCell;

    // Sharing the cells below between threads would be unsound: a wasm build with threads
    // (the `atomics` target feature) must use real locks instead.
    #[cfg(target_feature = "atomics")]
    compile_error!("src/sync.rs assumes a single-threaded wasm build");

    /// std's `OnceLock`, as far as the crate uses it.
    pub struct OnceLock<T>(OnceCell<T>);

    // SAFETY: without the `atomics` feature (checked above) a wasm instance has one thread.
    unsafe impl<T> Sync for OnceLock<T> {}

    impl<T> OnceLock<T> {
        pub const fn new() -> OnceLock<T> {
            OnceLock(OnceCell::new())
        }

        pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
            self.0.get_or_init(f)
        }
    }

    /// std's `LazyLock`, as far as the crate uses it (an `init` that can be called again: the
    /// `fn` the statics give it). A `OnceCell`, not a `LazyCell`, whose poisoning adds code.
    pub struct LazyLock<T, F = fn() -> T> {
        cell: OnceCell<T>,
        init: F,
    }

    // SAFETY: as for OnceLock.
    unsafe impl<T, F> Sync for LazyLock<T, F> {}

    impl<T, F: Fn() -> T> LazyLock<T, F> {
        pub const fn new(init: F) -> LazyLock<T, F> {
            LazyLock {
                cell: OnceCell::new(),
                init,
            }
        }
    }

    impl<T, F: Fn() -> T> core::ops::Deref for LazyLock<T, F> {
        type Target = T;

        fn deref(&self) -> &T {
            self.cell.get_or_init(&self.init)
        }
    }
}
