package parser

import (
	"github.com/aiolang/aio/ast"
	plexer "github.com/alecthomas/participle/v2/lexer"
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

// startPos converts a participle position to the start of a CPython span.
func startPos(p plexer.Position) ast.Pos {
	return ast.Pos{Lineno: p.Line, ColOffset: p.Column - 1}
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
		return append(out, st.Simple.simple().stmts...)
	case st.If != nil:
		return append(out, lowerIf(st.If))
	case st.While != nil:
		w := st.While
		n := &ast.While{Test: w.Test.cond(), Body: lowerBlock(w.Body)}
		n.Pos = spanTo(startPos(w.Pos), n.Body)
		if w.Else != nil {
			n.Orelse = lowerBlock(w.Else.Body)
			n.Pos = spanTo(n.Pos, n.Orelse)
		}
		return append(out, n)
	case st.For != nil:
		return append(out, lowerFor(st.For, st.For.Pos, false))
	case st.Try != nil:
		return append(out, lowerTry(st.Try))
	case st.With != nil:
		return append(out, lowerWith(st.With, st.With.Pos, false))
	case st.Def != nil:
		return append(out, lowerDef(st.Def, st.Def.Pos, false, nil))
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
			return append(out, lowerDef(d.Def, d.Def.Pos, false, decos))
		case d.Async != nil:
			return append(out, lowerDef(d.Async.Def, d.Async.Pos, true, decos))
		default:
			return append(out, lowerClass(d.Class, decos))
		}
	case st.Async != nil:
		a := st.Async
		switch {
		case a.Def != nil:
			return append(out, lowerDef(a.Def, a.Pos, true, nil))
		case a.For != nil:
			return append(out, lowerFor(a.For, a.Pos, true))
		default:
			return append(out, lowerWith(a.With, a.Pos, true))
		}
	}
	return out
}

func lowerIf(x *cstIf) ast.Stmt {
	n := &ast.If{Test: x.Test.cond(), Body: lowerBlock(x.Body)}
	n.Pos = spanTo(startPos(x.Pos), n.Body)
	// Build the elif chain from the end.
	var orelse []ast.Stmt
	if x.Else != nil {
		orelse = lowerBlock(x.Else.Body)
	}
	for i := len(x.Elifs) - 1; i >= 0; i-- {
		e := x.Elifs[i]
		m := &ast.If{Test: e.Test.cond(), Body: lowerBlock(e.Body), Orelse: orelse}
		m.Pos = spanTo(startPos(e.Pos), m.Body)
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

func lowerFor(x *cstFor, pos plexer.Position, async bool) ast.Stmt {
	h := x.Head.forHead()
	body := lowerBlock(x.Body)
	var orelse []ast.Stmt
	p := spanTo(startPos(pos), body)
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
	p := spanTo(startPos(x.Pos), body)
	handlers := make([]ast.ExceptHandlerNode, 0, len(x.Handlers))
	star := false
	for i, h := range x.Handlers {
		hd := h.Head.exceptHead()
		if i == 0 {
			star = hd.star
		} else if hd.star != star {
			panic(syntaxPanic{err: &ast.SyntaxError{Kind: "SyntaxError", Msg: "cannot have both 'except' and 'except*' on the same 'try'", Line: h.Pos.Line, Col: h.Pos.Column}})
		}
		hb := lowerBlock(h.Body)
		eh := &ast.ExceptHandler{Type: hd.typ, Name: hd.name, Body: hb}
		eh.Pos = spanTo(startPos(h.Pos), hb)
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

func lowerWith(x *cstWith, pos plexer.Position, async bool) ast.Stmt {
	items := x.Head.withHead()
	body := lowerBlock(x.Body)
	p := spanTo(startPos(pos), body)
	if async {
		return &ast.AsyncWith{Pos: p, Items: items, Body: body}
	}
	return &ast.With{Pos: p, Items: items, Body: body}
}

func lowerDef(x *cstFuncDef, pos plexer.Position, async bool, decos []ast.Expr) ast.Stmt {
	h := x.Head.defHead()
	body := lowerBlock(x.Body)
	p := spanTo(startPos(pos), body)
	if async {
		return &ast.AsyncFunctionDef{Pos: p, Name: h.name, Args: h.args, Body: body, DecoratorList: decos, Returns: h.returns}
	}
	return &ast.FunctionDef{Pos: p, Name: h.name, Args: h.args, Body: body, DecoratorList: decos, Returns: h.returns}
}

func lowerClass(x *cstClassDef, decos []ast.Expr) ast.Stmt {
	h := x.Head.classHead()
	body := lowerBlock(x.Body)
	p := spanTo(startPos(x.Pos), body)
	return &ast.ClassDef{Pos: p, Name: h.name, Bases: h.bases, Keywords: h.keywords, Body: body, DecoratorList: decos}
}
