// Package tests holds aio's golden test programs (NAME.aio with NAME.out, run by
// `aio test tests`), the acceptance list of the shared samples (acceptance.txt), and Go
// tests about the repository as a whole: the package import rules of ARCHITECTURE.md and
// the presence of package documentation.
package tests
