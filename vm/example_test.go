package vm_test

import (
	"fmt"
	"os"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm"
)

// A Go program runs aio code and exchanges values with it.
func Example() {
	in := vm.New(vm.Options{Stdout: os.Stdout})
	in.SetGlobal("greeting", runtime.Str("hello"))
	in.RegisterFunc("shout", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		s, _ := args[0].(runtime.Str)
		return s + "!", nil
	})
	status := in.RunString("example.aio", `
def twice(s):
    return s + " " + s
print(shout(twice(greeting)))
answer = 6 * 7
`)
	v, _ := in.GetGlobal("answer")
	fmt.Println(status, v)
	// Output:
	// hello hello!
	// 0 42
}

// Generators and coroutines are resumed from Go through runtime.Resumable.
func ExampleInterpreter_Eval() {
	in := vm.New(vm.Options{Stdout: os.Stdout})
	in.RunString("gen.aio", "def count(n):\n    for i in range(n):\n        yield i * i\n")
	g, _ := in.Eval("count(3)")
	r := g.(runtime.Resumable)
	for {
		v, st, err := r.Send(in.Thread(), runtime.None)
		if err != nil || st == runtime.Returned {
			break
		}
		fmt.Println(v)
	}
	// Output:
	// 0
	// 1
	// 4
}
