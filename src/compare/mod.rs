//! Comparison of two sources or sides. (First cut.)
