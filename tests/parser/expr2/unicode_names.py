ﬁ = 1
π = 3.14
naïve_café = 2
日本 = 3
print(ﬁ, π)
