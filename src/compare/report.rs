//! The comparison as a report: Markdown for a write-up, CSV for a spreadsheet.
