package parser

import (
	"github.com/aiolang/aio/ast"
)

// This file lowers the participle CST of compound statements to ast nodes, computing each
// statement's span as CPython does: from its first token to the end of its last statement.

func lowerStmts(in []*cstStmt, out []ast.Stmt) []ast.Stmt {
	for _, st := range in {
		out = lowerStmt(st, out)
	}
	return out
}

func lowerBlock(b *cstBlock) []ast.Stmt {
	if b.Simple != nil {
		return b.Simple.simple().stmts
	}
	return lowerStmts(b.Stmts, make([]ast.Stmt, 0, len(b.Stmts)))
}

// spanTo ends start at the end of the last statement of body.
func spanTo(start ast.Pos, body []ast.Stmt) ast.Pos {
	if len(body) > 0 {
		e := body[len(body)-1].Position()
		start.EndLineno, start.EndColOffset = e.EndLineno, e.EndColOffset
	}
	return start
}

func lowerStmt(st *cstStmt, out []ast.Stmt) []ast.Stmt {
	switch {
	case st.Simple != nil:
		return append(out, st.Simple.run()...)
	case st.If != nil:
		return append(out, lowerIf(st.If))
	case st.While != nil:
		w := st.While
		h := w.Test.cond()
		n := &ast.While{Test: h.test, Body: lowerBlock(w.Body)}
		n.Pos = spanTo(h.start(), n.Body)
		if w.Else != nil {
			n.Orelse = lowerBlock(w.Else.Body)
			n.Pos = spanTo(n.Pos, n.Orelse)
		}
		return append(out, n)
	case st.For != nil:
		return append(out, lowerFor(st.For, false))
	case st.Try != nil:
		return append(out, lowerTry(st.Try))
	case st.With != nil:
		return append(out, lowerWith(st.With, false))
	case st.Def != nil:
		return append(out, lowerDef(st.Def, false, nil))
	case st.Class != nil:
		return append(out, lowerClass(st.Class, nil))
	case st.Deco != nil:
		d := st.Deco
		decos := make([]ast.Expr, len(d.Decorators))
		for i, x := range d.Decorators {
			decos[i] = x.deco()
		}
		switch {
		case d.Def != nil:
			return append(out, lowerDef(d.Def, false, decos))
		case d.Async != nil:
			return append(out, lowerDef(d.Async.Def, true, decos))
		default:
			return append(out, lowerClass(d.Class, decos))
		}
	case st.Async != nil:
		a := st.Async
		switch {
		case a.Def != nil:
			return append(out, lowerDef(a.Def, true, nil))
		case a.For != nil:
			return append(out, lowerFor(a.For, true))
		default:
			return append(out, lowerWith(a.With, true))
		}
	}
	return out
}

func lowerIf(x *cstIf) ast.Stmt {
	h := x.Test.cond()
	n := &ast.If{Test: h.test, Body: lowerBlock(x.Body)}
	n.Pos = spanTo(h.start(), n.Body)
	// Build the elif chain from the end.
	var orelse []ast.Stmt
	if x.Else != nil {
		orelse = lowerBlock(x.Else.Body)
	}
	for i := len(x.Elifs) - 1; i >= 0; i-- {
		e := x.Elifs[i]
		eh := e.Test.cond()
		m := &ast.If{Test: eh.test, Body: lowerBlock(e.Body), Orelse: orelse}
		m.Pos = spanTo(eh.start(), m.Body)
		if len(orelse) > 0 {
			m.Pos = spanTo(m.Pos, orelse)
		}
		orelse = []ast.Stmt{m}
	}
	n.Orelse = orelse
	if len(orelse) > 0 {
		n.Pos = spanTo(n.Pos, orelse)
	}
	return n
}

func lowerFor(x *cstFor, async bool) ast.Stmt {
	h := x.Head.forHead()
	body := lowerBlock(x.Body)
	var orelse []ast.Stmt
	p := spanTo(h.start(), body)
	if x.Else != nil {
		orelse = lowerBlock(x.Else.Body)
		p = spanTo(p, orelse)
	}
	if async {
		return &ast.AsyncFor{Pos: p, Target: h.target, Iter: h.iter, Body: body, Orelse: orelse}
	}
	return &ast.For{Pos: p, Target: h.target, Iter: h.iter, Body: body, Orelse: orelse}
}

func lowerTry(x *cstTry) ast.Stmt {
	body := lowerBlock(x.Body)
	p := spanTo(x.Colon.colonHead().start(), body)
	handlers := make([]ast.ExceptHandlerNode, 0, len(x.Handlers))
	star := false
	for i, h := range x.Handlers {
		hd := h.Head.exceptHead()
		if i == 0 {
			star = hd.star
		} else if hd.star != star {
			panic(syntaxPanic{err: &ast.SyntaxError{Kind: "SyntaxError", Msg: "cannot have both 'except' and 'except*' on the same 'try'", Line: hd.kw.Pos.Line, Col: hd.kw.Pos.Column, EndLine: hd.kw.Pos.Line, EndCol: hd.kw.Pos.Column + len("except*")}})
		}
		hb := lowerBlock(h.Body)
		eh := &ast.ExceptHandler{Type: hd.typ, Name: hd.name, Body: hb}
		eh.Pos = spanTo(hd.start(), hb)
		handlers = append(handlers, eh)
		p = spanTo(p, hb)
	}
	var orelse, final []ast.Stmt
	if x.Else != nil {
		orelse = lowerBlock(x.Else.Body)
		p = spanTo(p, orelse)
	}
	if x.Finally != nil {
		final = lowerBlock(x.Finally.Body)
		p = spanTo(p, final)
	}
	if star {
		return &ast.TryStar{Pos: p, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &ast.Try{Pos: p, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}

func lowerWith(x *cstWith, async bool) ast.Stmt {
	h := x.Head.withHead()
	items := h.items
	body := lowerBlock(x.Body)
	p := spanTo(h.start(), body)
	if async {
		return &ast.AsyncWith{Pos: p, Items: items, Body: body}
	}
	return &ast.With{Pos: p, Items: items, Body: body}
}

func lowerDef(x *cstFuncDef, async bool, decos []ast.Expr) ast.Stmt {
	h := x.Head.defHead()
	body := lowerBlock(x.Body)
	p := spanTo(h.start(), body)
	if async {
		return &ast.AsyncFunctionDef{Pos: p, Name: h.name, Args: h.args, Body: body, DecoratorList: decos, Returns: h.returns}
	}
	return &ast.FunctionDef{Pos: p, Name: h.name, Args: h.args, Body: body, DecoratorList: decos, Returns: h.returns}
}

func lowerClass(x *cstClassDef, decos []ast.Expr) ast.Stmt {
	h := x.Head.classHead()
	body := lowerBlock(x.Body)
	p := spanTo(h.start(), body)
	return &ast.ClassDef{Pos: p, Name: h.name, Bases: h.bases, Keywords: h.keywords, Body: body, DecoratorList: decos}
}
