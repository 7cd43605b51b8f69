# AttributeError: type object 'A' has no attribute 'z'.
class A:
    k = 1
    def m(self):
        return "m"
print(A.k, A().m())
print(A.z)
