f"""a
{x}
b"""
