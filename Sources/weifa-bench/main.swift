// The Weifa benchmark: placeholder until it lands (see issue 6).
print("weifa-bench: not yet implemented")
