package compile

import "sort"

// analyze resolves every name of s (CPython's analyze_block). bound holds the names bound in
// enclosing function scopes (nil at module level); global the names known to be global.
// It adds to free the free variables of s and its children that s does not bind.
func (st *symtable) analyze(s *scope, bound map[string]bool, free map[string]bool, global map[string]bool) {
	local := map[string]bool{}
	newGlobal := map[string]bool{}
	newBound := map[string]bool{}
	newFree := map[string]bool{}
	if s.kind == classScope {
		for k := range global {
			newGlobal[k] = true
		}
		for k := range bound {
			newBound[k] = true
		}
	}
	for _, name := range s.order {
		st.analyzeName(s, name, s.flags[name], bound, local, free, global)
	}
	if s.kind != classScope {
		if s.kind == functionScope {
			for k := range local {
				newBound[k] = true
			}
		}
		for k := range bound {
			newBound[k] = true
		}
		for k := range global {
			newGlobal[k] = true
		}
	} else {
		newBound["__class__"] = true
	}
	allFree := map[string]bool{}
	for _, c := range s.children {
		childFree := map[string]bool{}
		cb := copySet(newBound)
		cg := copySet(newGlobal)
		st.analyze(c, cb, childFree, cg)
		for k := range childFree {
			allFree[k] = true
		}
	}
	for k := range allFree {
		newFree[k] = true
	}
	if s.kind == functionScope {
		// Locals captured by children become cells.
		for name, sc := range s.resolved {
			if sc == scopeLocal && newFree[name] {
				s.resolved[name] = scopeCell
				delete(newFree, name)
			}
		}
	} else if s.kind == classScope && newFree["__class__"] {
		s.needsClassCell = true
		delete(newFree, "__class__")
	}
	// Record free variables of children that pass through s.
	for name := range newFree {
		if f, ok := s.flags[name]; ok {
			if s.kind == classScope && f&(defBound|defGlobal) != 0 {
				s.flags[name] = f | defFreeClass
			}
			continue
		}
		if bound != nil && bound[name] {
			s.resolved[name] = scopeFree
			s.flags[name] = 0
			s.order = append(s.order, name)
		}
	}
	for k := range newFree {
		free[k] = true
	}
}

// copySet returns a copy of the set m.
func copySet(m map[string]bool) map[string]bool {
	c := make(map[string]bool, len(m))
	for k := range m {
		c[k] = true
	}
	return c
}

// analyzeName resolves one name of scope s (CPython's analyze_name).
func (st *symtable) analyzeName(s *scope, name string, flags symFlag, bound, local, free, global map[string]bool) {
	switch {
	case flags&defGlobal != 0:
		if flags&defNonlocal != 0 {
			st.fail(s.directives[name], "name '"+name+"' is nonlocal and global")
		}
		s.resolved[name] = scopeGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&defNonlocal != 0:
		if bound == nil {
			st.fail(s.directives[name], "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			st.fail(s.directives[name], "no binding for nonlocal '"+name+"' found")
		}
		s.resolved[name] = scopeFree
		free[name] = true
	case flags&defBound != 0:
		s.resolved[name] = scopeLocal
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		s.resolved[name] = scopeFree
		free[name] = true
	default:
		s.resolved[name] = scopeGlobalImplicit
	}
}

// cellVars returns the sorted cell variables of a function scope (and __class__ for a class
// body that needs it).
func (s *scope) cellVars() []string {
	var out []string
	for name, sc := range s.resolved {
		if sc == scopeCell {
			out = append(out, name)
		}
	}
	if s.needsClassCell {
		out = append(out, "__class__")
	}
	sort.Strings(out)
	return out
}

// freeVars returns the sorted free variables of a scope (for a class body, also class-local
// names that inner scopes use as free).
func (s *scope) freeVars() []string {
	var out []string
	for name, sc := range s.resolved {
		if sc == scopeFree || (s.kind == classScope && s.flags[name]&defFreeClass != 0) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}
