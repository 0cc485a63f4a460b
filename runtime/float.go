package runtime

// Float is a Python float.
type Float float64

// Type returns float.
func (Float) Type() *Type { return FloatType }

// Complex is a Python complex.
type Complex complex128

// Type returns complex.
func (Complex) Type() *Type { return ComplexType }
