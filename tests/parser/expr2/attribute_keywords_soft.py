a.match
a.case
a._
match.x
case[0]
_(1)
