# My notes for week 1: initialization. Functions and experiments mixed together, run top to bottom
# while studying; nothing here is guarded by `if __name__ == "__main__":`.
import numpy as np
import matplotlib.pyplot as plt

print("numpy", np.__version__)

# zeros: every unit of a layer computes the same thing, so symmetry is never broken
def initialize_parameters_zeros(layers_dims):
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters

p = initialize_parameters_zeros([3, 2, 1])
assert p["W1"].shape == (2, 3), "W1 has the wrong shape"
print(p)

# random * 10: breaks symmetry but the sigmoid saturates (cost starts at inf)
def initialize_parameters_random(layers_dims):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters

# how big do the weights get? a quick look at the spread of 10,000 draws
samples = np.random.randn(10000) * 10
print("std of randn * 10:", samples.std())
plt.hist(samples, bins=50)
plt.show()

# He: scale by sqrt(2 / fan_in) so the variance of the activations stays put through ReLU layers
def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        scale = np.sqrt(2 / layers_dims[l - 1])
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * scale
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters

for dims in ([2, 4, 1], [3, 1, 2]):
    print(dims, initialize_parameters_he(dims)["W1"])

# TODO: ask about Xavier vs He in the forum
input("press enter to finish")
