"""Deep-learning layers in NumPy style, written after NPBench's numba
variants (conv2d_bias, lenet, mlp, resnet, softmax): NHWC convolutions
through reshape and broadcasting, matmul layers, batch norm, softmax."""

import numpy as np

from npbench_kernels.backend import njit


@njit
def relu(x):
    return np.maximum(x, 0)


@njit
def conv2d(input, weights):
    K = weights.shape[0]
    N = input.shape[0]
    H_out = input.shape[1] - K + 1
    W_out = input.shape[2] - K + 1
    C_in = input.shape[3]
    C_out = weights.shape[3]
    output = np.empty((N, H_out, W_out, C_out), dtype=np.float32)
    kernel = np.reshape(weights, (1, K, K, C_in, C_out))
    for i in range(H_out):
        for j in range(W_out):
            window = input[:, i:i + K, j:j + K, :].copy()
            product = np.reshape(window, (N, K, K, C_in, 1)) * kernel
            output[:, i, j, :] = np.sum(np.sum(np.sum(product, axis=1), axis=1), axis=1)
    return output


@njit
def conv2d_bias(input, weights, bias):
    return conv2d(input, weights) + bias


@njit
def maxpool2d(x):
    out = np.empty((x.shape[0], x.shape[1] // 2, x.shape[2] // 2, x.shape[3]), dtype=x.dtype)
    for i in range(x.shape[1] // 2):
        for j in range(x.shape[2] // 2):
            for n in range(x.shape[0]):
                for c in range(x.shape[3]):
                    out[n, i, j, c] = np.max(x[n, 2 * i:2 * i + 2, 2 * j:2 * j + 2, c])
    return out


@njit
def lenet5(input, conv1, conv1bias, conv2, conv2bias, fc1w, fc1b, fc2w, fc2b, fc3w, fc3b,
           N, C_before_fc1):
    x = maxpool2d(relu(conv2d(input, conv1) + conv1bias))
    x = maxpool2d(relu(conv2d(x, conv2) + conv2bias))
    x = np.reshape(x, (N, C_before_fc1))
    x = relu(x @ fc1w + fc1b)
    x = relu(x @ fc2w + fc2b)
    return x @ fc3w + fc3b


@njit
def softmax_rows(x):
    shifted = np.empty((x.shape[0], 1), dtype=x.dtype)
    for i in range(x.shape[0]):
        shifted[i, 0] = np.max(x[i, :])
    e = np.exp(x - shifted)
    return e / np.reshape(np.sum(e, axis=-1), (x.shape[0], 1))


@njit
def mlp(input, w1, b1, w2, b2, w3, b3):
    x = relu(input @ w1 + b1)
    x = relu(x @ w2 + b2)
    return softmax_rows(x @ w3 + b3)


@njit
def softmax(x):
    keep = (x.shape[0], x.shape[1], x.shape[2], 1)
    peak = np.empty(keep, dtype=x.dtype)
    peak[:, :, :, 0] = x[:, :, :, 0]
    for i in range(1, x.shape[3]):
        peak[:, :, :, 0] = np.maximum(peak[:, :, :, 0], x[:, :, :, i])
    e = np.exp(x - peak)
    return e / np.reshape(np.sum(e, axis=-1), keep)


@njit
def batchnorm2d(x, eps=1e-5):
    mean = np.empty(x.shape, dtype=x.dtype)
    mean[:] = np.sum(x, axis=0) / x.shape[0]
    std = np.empty(x.shape, dtype=x.dtype)
    std[:] = np.sqrt(np.sum((x - mean) ** 2, axis=0) / x.shape[0])
    return (x - mean) / np.sqrt(std + eps)


@njit
def resnet_basicblock(input, conv1, conv2, conv3):
    padded = np.zeros((input.shape[0], input.shape[1] + 2, input.shape[2] + 2,
                       conv1.shape[3]))
    padded[:, 1:-1, 1:-1, :] = conv2d(input, conv1)
    x = relu(batchnorm2d(padded))
    x = relu(batchnorm2d(conv2d(x, conv2)))
    x = batchnorm2d(conv2d(x, conv3))
    return relu(x + input)
