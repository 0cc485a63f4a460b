// Package runtest holds end-to-end tests of the compiler: programs in testdata run through
// the parser, vm/compile and the vm, and their output is compared with CPython's.
package runtest
