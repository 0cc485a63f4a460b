x = f"""
line {a}
  {b!r:>10}
end"""
