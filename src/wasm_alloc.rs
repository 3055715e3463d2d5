//! The wasm build's allocator: power-of-two size classes with one free list each, carved from
//! `memory.grow`. It replaces std's dlmalloc, which cost the wasm build about 7 KB of code (about
//! 3 KB gzipped); this is a few hundred bytes, and faster (no splitting, coalescing or bins).
//!
//! The price is memory: a block is its request rounded up to a power of two (at most twice the
//! bytes), and a freed block is only reused for a request of the same class. An analysis
//! allocates the same shapes again and again, so memory levels off after the first call with a
//! text of that size; wasm memory never shrinks anyway.
//!
//! wasm32-unknown-unknown runs on one thread, so the state needs no locking.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr;

const PAGE: usize = 64 * 1024;
/// The smallest class: 8 bytes, room for the free list's link.
const MIN_CLASS: u32 = 3;
/// Blocks of a class are aligned to its size, up to this.
const MAX_ALIGN: usize = 4096;

struct State {
    /// Heads of the free lists, by class (log2 of the block size).
    free: [*mut u8; usize::BITS as usize],
    /// The unused tail of the memory grown so far.
    next: usize,
    end: usize,
}

pub struct Classes(UnsafeCell<State>);

// Safety: wasm32-unknown-unknown has one thread.
unsafe impl Sync for Classes {}

impl Classes {
    pub const fn new() -> Classes {
        Classes(UnsafeCell::new(State {
            free: [ptr::null_mut(); usize::BITS as usize],
            next: 0,
            end: 0,
        }))
    }
}

/// The class of a layout: log2 of the block size. None when it cannot be served.
fn class(layout: Layout) -> Option<u32> {
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    if layout.align() > MAX_ALIGN || size > usize::MAX / 2 + 1 {
        return None;
    }
    Some(size.next_power_of_two().trailing_zeros())
}

unsafe impl GlobalAlloc for Classes {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(k) = class(layout) else {
            return ptr::null_mut();
        };
        let s = &mut *self.0.get();
        let head = s.free[k as usize];
        if !head.is_null() {
            s.free[k as usize] = *(head as *mut *mut u8);
            return head;
        }
        let size = 1usize << k;
        let align = size.min(MAX_ALIGN);
        let mut at = (s.next + align - 1) & !(align - 1);
        if s.end < size || at > s.end - size {
            // Grow by whole pages, enough for the block wherever the new memory starts.
            let pages = (size + align).div_ceil(PAGE);
            let old = core::arch::wasm32::memory_grow(0, pages);
            if old == usize::MAX {
                return ptr::null_mut();
            }
            let start = old * PAGE;
            if start != s.end {
                s.next = start;
            }
            s.end = start + pages * PAGE;
            at = (s.next + align - 1) & !(align - 1);
        }
        s.next = at + size;
        at as *mut u8
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        if let Some(k) = class(layout) {
            let s = &mut *self.0.get();
            *(p as *mut *mut u8) = s.free[k as usize];
            s.free[k as usize] = p;
        }
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = Layout::from_size_align_unchecked(new_size, layout.align());
        if class(new) == class(layout) {
            return p;
        }
        let q = self.alloc(new);
        if !q.is_null() {
            ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
            self.dealloc(p, layout);
        }
        q
    }
}
