x: list[dict[str, int]] = []
y: "Foo"
z: int | None = None
a.b: int
c[0]: str = "x"
