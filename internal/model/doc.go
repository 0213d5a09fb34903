// Package model holds the plain data types that flow through eventgraph: the
// article as read, the annotated document the pipeline stages fill in, and the
// Result that is printed and stored. It does no I/O.
//
// Offsets inside a Document are byte offsets into Article.Text, because every
// stage slices Go strings. The one place that turns them into the Unicode
// code-point offsets of the output contract is NewResult.
package model
