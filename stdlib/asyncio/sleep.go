package asyncio

import "github.com/aiolang/aio/runtime"

var specSleep = runtime.ArgSpec{Func: "sleep", Names: []string{"delay", "result"}, Required: 1}

// sleepCoro is the coroutine asyncio.sleep(delay, result) returns. sleep(0) (any delay
// <= 0) is a bare yield: one loop iteration. A timed sleep awaits a future that a timer
// completes: its task resumes one iteration after the timer fires.
type sleepCoro struct {
	runtime.GoCoroutine
	delay  runtime.Value
	result runtime.Value
	fut    *runtime.Future
	timer  *runtime.Handle
}

func sleep(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [2]runtime.Value
	if _, err := specSleep.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	return Sleep(a[0], a[1]), nil
}

// Sleep returns the coroutine asyncio.sleep(delay, result).
func Sleep(delay, result runtime.Value) *sleepCoro {
	if result == nil {
		result = runtime.None
	}
	s := &sleepCoro{delay: delay, result: result}
	s.Init("sleep", s)
	return s
}

// setResultUnlessCancelled is futures._set_result_unless_cancelled for a sleep.
func setResultUnlessCancelled(th *runtime.Thread, arg runtime.Value) error {
	s := arg.(*sleepCoro)
	if !s.fut.Cancelled() {
		s.fut.SetResult(s.result)
	}
	return nil
}

// Resume runs the body of sleep().
func (s *sleepCoro) Resume(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
	switch c.State {
	case 0:
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		d, ok := runtime.ToFloat64(s.delay)
		if !ok {
			return nil, runtime.Returned, runtime.TypeErrorf("'<=' not supported between instances of '%s' and 'int'", s.delay.Type().Name)
		}
		if d <= 0 {
			c.State = 1
			return runtime.None, runtime.Yielded, nil
		}
		loop, err := runtime.GetRunningLoop(th)
		if err != nil {
			return nil, runtime.Returned, err
		}
		s.fut = loop.CreateFuture()
		h, err := loop.CallLaterGo(d, setResultUnlessCancelled, s)
		if err != nil {
			return nil, runtime.Returned, err
		}
		s.timer = h
		c.State = 2
		return s.fut, runtime.AwaitStatus, nil
	case 1:
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		return s.result, runtime.Returned, nil
	}
	s.timer.Cancel()
	if exc != nil {
		return nil, runtime.Returned, exc
	}
	return sent, runtime.Returned, nil
}
