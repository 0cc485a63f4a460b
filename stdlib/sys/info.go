package sys

import (
	"math"

	aio "github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/structseq"
)

func newVersionInfo(th *aio.Thread) (aio.Value, error) {
	t, err := structseq.NewType(th, "sys", "version_info",
		[]string{"major", "minor", "micro", "releaselevel", "serial"})
	if err != nil {
		return nil, err
	}
	return structseq.New(t, aio.Tuple{
		aio.Int(major), aio.Int(minor), aio.Int(micro), aio.Str(releaseLevel), aio.Int(serial),
	}), nil
}

func floatInfo(th *aio.Thread) (aio.Value, error) {
	t, err := structseq.NewType(th, "sys", "float_info",
		[]string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
	if err != nil {
		return nil, err
	}
	return structseq.New(t, aio.Tuple{
		aio.Float(math.MaxFloat64), aio.Int(1024), aio.Int(308),
		aio.Float(2.2250738585072014e-308), aio.Int(-1021), aio.Int(-307),
		aio.Int(15), aio.Int(53), aio.Float(2.220446049250313e-16), aio.Int(2), aio.Int(1),
	}), nil
}
