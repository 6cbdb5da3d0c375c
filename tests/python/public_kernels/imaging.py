"""Image-processing kernels in the style of public Numba code (scikit-image
style loops, numba-based CV snippets, detection post-processing such as
tDBN's nms_jit): boundary handling by helper functions, integral images,
bilinear sampling, histogram equalisation on uint8, two-pass connected
components with union-find, flood fill with an explicit stack, the
Felzenszwalb distance transform and non-maximum suppression; written anew."""

import math

import numpy as np

from public_kernels.backend import jit, njit, prange


@njit(cache=True)
def _reflect(i, n):
    if i < 0:
        return -i - 1
    elif i >= n:
        return 2 * n - i - 1
    return i


@njit(cache=True)
def convolve2d_reflect(image, kernel):
    h, w = image.shape
    kh, kw = kernel.shape
    ch, cw = kh // 2, kw // 2
    out = np.empty_like(image)
    for y in range(h):
        for x in range(w):
            acc = 0.0
            for ky in range(kh):
                yy = _reflect(y + ky - ch, h)
                for kx in range(kw):
                    xx = _reflect(x + kx - cw, w)
                    acc += image[yy, xx] * kernel[kh - 1 - ky, kw - 1 - kx]
            out[y, x] = acc
    return out


SOBEL_X = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=np.float64)


@njit(parallel=True)
def sobel_magnitude(img):
    rows, cols = img.shape
    mag = np.zeros((rows, cols), dtype=np.float64)
    for r in prange(rows):
        for c in range(cols):
            gx = 0.0
            gy = 0.0
            for i in range(-1, 2):
                for j in range(-1, 2):
                    rr = r + i
                    cc = c + j
                    if 0 <= rr < rows and 0 <= cc < cols:
                        v = img[rr, cc]
                    else:
                        v = 0
                    gx += SOBEL_X[i + 1, j + 1] * v
                    gy += SOBEL_X[j + 1, i + 1] * v
            mag[r, c] = np.hypot(gx, gy)
    return mag


@njit
def integral_image(img):
    h, w = img.shape
    ii = np.zeros((h + 1, w + 1), dtype=np.float64)
    for y in range(h):
        row_sum = 0.0
        for x in range(w):
            row_sum += img[y, x]
            ii[y + 1, x + 1] = ii[y, x + 1] + row_sum
    return ii


@njit
def box_blur(img, radius):
    h, w = img.shape
    ii = integral_image(img)
    out = np.empty((h, w), dtype=np.float32)
    for y in range(h):
        y0 = max(y - radius, 0)
        y1 = min(y + radius + 1, h)
        for x in range(w):
            x0 = max(x - radius, 0)
            x1 = min(x + radius + 1, w)
            area = (y1 - y0) * (x1 - x0)
            s = ii[y1, x1] - ii[y0, x1] - ii[y1, x0] + ii[y0, x0]
            out[y, x] = s / area
    return out


@jit(nopython=True, cache=True)
def bilinear_resize(img, out_h, out_w):
    in_h, in_w = img.shape[:2]
    out = np.zeros((out_h, out_w), dtype=img.dtype)
    scale_y = in_h / out_h
    scale_x = in_w / out_w
    for i in range(out_h):
        sy = (i + 0.5) * scale_y - 0.5
        y0 = int(np.floor(sy))
        dy = sy - y0
        y0 = min(max(y0, 0), in_h - 1)
        y1 = min(y0 + 1, in_h - 1)
        for j in range(out_w):
            sx = (j + 0.5) * scale_x - 0.5
            x0 = int(np.floor(sx))
            dx = sx - x0
            x0 = min(max(x0, 0), in_w - 1)
            x1 = min(x0 + 1, in_w - 1)
            top = img[y0, x0] * (1 - dx) + img[y0, x1] * dx
            bottom = img[y1, x0] * (1 - dx) + img[y1, x1] * dx
            out[i, j] = top * (1 - dy) + bottom * dy
    return out


@njit(cache=True)
def equalize_hist(img):
    hist = np.zeros(256, dtype=np.int64)
    for v in img.ravel():
        hist[v] += 1
    cdf = np.cumsum(hist)
    for i in range(256):
        if cdf[i] > 0:
            break
    cdf_min = cdf[i]
    total = img.size
    lut = np.zeros(256, dtype=np.uint8)
    if total == cdf_min:
        return img.copy()
    for v in range(i, 256):
        lut[v] = round((cdf[v] - cdf_min) / (total - cdf_min) * 255)
    out = np.empty_like(img)
    for y in range(img.shape[0]):
        for x in range(img.shape[1]):
            out[y, x] = lut[img[y, x]]
    return out


@njit
def find_root(parent, x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        x, parent[x] = parent[x], root
    return root


@njit
def union(parent, a, b):
    ra = find_root(parent, a)
    rb = find_root(parent, b)
    if ra < rb:
        parent[rb] = ra
    elif rb < ra:
        parent[ra] = rb


@njit(cache=True)
def label_components(mask):
    """Two-pass 4-connected labelling: (labels, number of components)."""
    h, w = mask.shape
    labels = np.zeros((h, w), dtype=np.int32)
    parent = np.arange(h * w + 1, dtype=np.int32)
    next_label = 1
    for y in range(h):
        for x in range(w):
            if not mask[y, x]:
                continue
            up = labels[y - 1, x] if y > 0 else 0
            left = labels[y, x - 1] if x > 0 else 0
            if up == 0 and left == 0:
                labels[y, x] = next_label
                next_label += 1
            elif up and left:
                labels[y, x] = min(up, left)
                union(parent, up, left)
            else:
                labels[y, x] = max(up, left)
    remap = np.zeros(next_label, dtype=np.int32)
    count = 0
    for y in range(h):
        for x in range(w):
            lab = labels[y, x]
            if lab:
                root = find_root(parent, lab)
                if remap[root] == 0:
                    count += 1
                    remap[root] = count
                labels[y, x] = remap[root]
    return labels, count


@njit
def flood_fill(img, seed_y, seed_x, new_value):
    h, w = img.shape
    old = img[seed_y, seed_x]
    if old == new_value:
        return 0
    stack = np.empty((h * w * 4 + 1, 2), dtype=np.int64)
    stack[0] = seed_y, seed_x
    top = 1
    filled = 0
    while top > 0:
        top -= 1
        y, x = stack[top]
        if y < 0 or y >= h or x < 0 or x >= w or img[y, x] != old:
            continue
        img[y, x] = new_value
        filled += 1
        for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            stack[top] = y + dy, x + dx
            top += 1
    return filled


@njit(cache=True)
def _edt_1d(f, n):
    d = np.empty(n)
    v = np.zeros(n, dtype=np.int64)
    z = np.empty(n + 1)
    k = 0
    v[0] = 0
    z[0] = -np.inf
    z[1] = np.inf
    for q in range(1, n):
        s = ((f[q] + q * q) - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k])
        while s <= z[k]:
            k -= 1
            s = ((f[q] + q * q) - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k])
        k += 1
        v[k] = q
        z[k] = s
        z[k + 1] = np.inf
    k = 0
    for q in range(n):
        while z[k + 1] < q:
            k += 1
        d[q] = (q - v[k]) ** 2 + f[v[k]]
    return d


@njit(cache=True)
def distance_transform(binary):
    """Exact Euclidean distance of each pixel to the nearest zero pixel."""
    h, w = binary.shape
    inf = 1e20
    f = np.where(binary, inf, 0.0)
    for x in range(w):
        f[:, x] = _edt_1d(f[:, x].copy(), h)
    for y in range(h):
        f[y, :] = _edt_1d(f[y, :].copy(), w)
    return np.sqrt(f)


@jit(nopython=True)
def nms(dets, thresh, eps=0.0):
    x1 = dets[:, 0]
    y1 = dets[:, 1]
    x2 = dets[:, 2]
    y2 = dets[:, 3]
    scores = dets[:, 4]
    areas = (x2 - x1 + eps) * (y2 - y1 + eps)
    order = scores.argsort()[::-1].astype(np.int32)
    ndets = dets.shape[0]
    suppressed = np.zeros(ndets, dtype=np.int32)
    keep = []
    for _i in range(ndets):
        i = order[_i]
        if suppressed[i] == 1:
            continue
        keep.append(i)
        for _j in range(_i + 1, ndets):
            j = order[_j]
            if suppressed[j] == 1:
                continue
            w = max(min(x2[i], x2[j]) - max(x1[i], x1[j]) + eps, 0.0)
            h = max(min(y2[i], y2[j]) - max(y1[i], y1[j]) + eps, 0.0)
            inter = w * h
            ovr = inter / (areas[i] + areas[j] - inter)
            if ovr >= thresh:
                suppressed[j] = 1
    return keep


@njit(fastmath=True)
def gaussian_kernel1d(sigma, radius):
    x = np.arange(-radius, radius + 1)
    phi = np.exp(-0.5 / (sigma * sigma) * x ** 2)
    return phi / phi.sum()


@njit(parallel=True)
def gaussian_blur_rows(img, sigma):
    radius = int(4.0 * sigma + 0.5)
    weights = gaussian_kernel1d(sigma, radius)
    h, w = img.shape
    out = np.empty((h, w))
    for y in prange(h):
        for x in range(w):
            acc = 0.0
            for k in range(-radius, radius + 1):
                xx = min(max(x + k, 0), w - 1)
                acc += weights[k + radius] * img[y, xx]
            out[y, x] = acc
    return out


@njit(cache=True)
def otsu_threshold(image):
    hist, bin_edges = np.histogram(image.ravel(), bins=256, range=(0, 256))
    total = image.size
    sum_total = 0.0
    for i in range(256):
        sum_total += i * hist[i]
    weight_bg = 0
    sum_bg = 0.0
    best_var = -1.0
    threshold = 0
    for t in range(256):
        weight_bg += hist[t]
        if weight_bg == 0:
            continue
        weight_fg = total - weight_bg
        if weight_fg == 0:
            break
        sum_bg += t * hist[t]
        mean_bg = sum_bg / weight_bg
        mean_fg = (sum_total - sum_bg) / weight_fg
        between = weight_bg * weight_fg * (mean_bg - mean_fg) ** 2
        if between > best_var:
            best_var = between
            threshold = t
    return threshold, bin_edges[threshold]


NEIGHBOURS_8 = ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))


@njit
def binary_erosion(mask):
    h, w = mask.shape
    out = np.zeros_like(mask)
    for y in range(1, h - 1):
        for x in range(1, w - 1):
            if not mask[y, x]:
                continue
            for dy, dx in NEIGHBOURS_8:
                if not mask[y + dy, x + dx]:
                    break
            else:
                out[y, x] = True
    return out


@njit
def rgb_to_gray(img):
    h, w, _ = img.shape
    gray = img[..., 0] * 0.299 + img[..., 1] * 0.587 + img[..., 2] * 0.114
    out = np.empty((h, w), dtype=np.uint8)
    for y in range(h):
        for x in range(w):
            out[y, x] = min(255, int(gray[y, x] + 0.5))
    return out


@njit
def draw_line(canvas, x0, y0, x1, y1, value):
    """Bresenham; returns the number of pixels drawn."""
    dx = abs(x1 - x0)
    dy = -abs(y1 - y0)
    sx = 1 if x0 < x1 else -1
    sy = 1 if y0 < y1 else -1
    err = dx + dy
    count = 0
    while True:
        if 0 <= y0 < canvas.shape[0] and 0 <= x0 < canvas.shape[1]:
            canvas[y0, x0] = value
            count += 1
        if x0 == x1 and y0 == y1:
            break
        e2 = 2 * err
        if e2 >= dy:
            err += dy
            x0 += sx
        if e2 <= dx:
            err += dx
            y0 += sy
    return count


@njit(cache=True)
def bfs_components(mask):
    h, w = mask.shape
    labels = -np.ones((h, w), dtype=np.int64)
    sizes = []
    current = 0
    for sy in range(h):
        for sx in range(w):
            if not mask[sy, sx] or labels[sy, sx] >= 0:
                continue
            queue = [(sy, sx)]
            labels[sy, sx] = current
            size = 0
            while queue:
                y, x = queue.pop(0)
                size += 1
                for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    ny, nx = y + dy, x + dx
                    if 0 <= ny < h and 0 <= nx < w and mask[ny, nx] and labels[ny, nx] < 0:
                        labels[ny, nx] = current
                        queue.append((ny, nx))
            sizes.append(size)
            current += 1
    return labels, np.array(sizes)


@njit(cache=True)
def hough_lines(edges, n_theta):
    h, w = edges.shape
    diag = int(math.ceil(math.sqrt(h * h + w * w)))
    thetas = np.deg2rad(np.linspace(-90.0, 90.0, n_theta))
    cos_t = np.cos(thetas)
    sin_t = np.sin(thetas)
    accumulator = np.zeros((2 * diag + 1, n_theta), dtype=np.uint64)
    ys, xs = np.nonzero(edges)
    for k in range(len(xs)):
        x = xs[k]
        y = ys[k]
        for t in range(n_theta):
            rho = int(round(x * cos_t[t] + y * sin_t[t])) + diag
            accumulator[rho, t] += 1
    peak = np.argmax(accumulator)
    return accumulator, peak // n_theta - diag, np.rad2deg(thetas[peak % n_theta])


@njit
def rotate_nearest(img, angle_deg):
    h, w = img.shape
    out = np.zeros_like(img)
    a = math.radians(angle_deg)
    c, s = math.cos(a), math.sin(a)
    cy, cx = (h - 1) / 2.0, (w - 1) / 2.0
    for y in range(h):
        for x in range(w):
            sx = c * (x - cx) + s * (y - cy) + cx
            sy = -s * (x - cx) + c * (y - cy) + cy
            ix = int(round(sx))
            iy = int(round(sy))
            if 0 <= ix < w and 0 <= iy < h:
                out[y, x] = img[iy, ix]
    return out


@njit
def _boundary_index(i, n, mode):
    if mode == "reflect":
        if i < 0:
            return -i - 1
        if i >= n:
            return 2 * n - i - 1
        return i
    elif mode == "wrap":
        return i % n
    elif mode == "nearest":
        return min(max(i, 0), n - 1)
    elif mode == "constant":
        return -1 if i < 0 or i >= n else i
    else:
        raise ValueError("mode must be reflect, wrap, nearest or constant")


@njit(cache=True)
def correlate_mode(image, weights, mode="reflect", cval=0.0):
    h, w = image.shape
    kh, kw = weights.shape
    out = np.empty((h, w))
    for y in range(h):
        for x in range(w):
            acc = 0.0
            for i in range(kh):
                yy = _boundary_index(y + i - kh // 2, h, mode)
                for j in range(kw):
                    xx = _boundary_index(x + j - kw // 2, w, mode)
                    if yy < 0 or xx < 0:
                        acc += weights[i, j] * cval
                    else:
                        acc += weights[i, j] * image[yy, xx]
            out[y, x] = acc
    return out


@njit
def local_maxima(img, radius, threshold):
    h, w = img.shape

    def window_max(y, x):
        return img[max(y - radius, 0):y + radius + 1, max(x - radius, 0):x + radius + 1].max()

    peaks = []
    for y in range(h):
        for x in range(w):
            v = img[y, x]
            if v > threshold and v == window_max(y, x):
                peaks.append((y, x))
    return peaks


@njit
def contrast_stretch(img, low, high):
    p_low = np.percentile(img, low)
    p_high = np.percentile(img, high)
    scaled = (img.astype(np.float64) - p_low) / (p_high - p_low)
    return (np.clip(scaled, 0.0, 1.0) * 255).astype(np.uint8)


@njit(cache=True)
def equalize_interp(img):
    hist, bins = np.histogram(img.ravel(), 256, (0, 256))
    cdf = hist.cumsum()
    cdf = cdf / cdf[-1]
    out = np.interp(img.ravel(), bins[:-1], cdf)
    return out.reshape(img.shape)


@njit
def bgr_to_rgb_mirror(img):
    h, w, c = img.shape
    out = np.empty_like(img)
    for y in range(h):
        for x in range(w):
            out[y, x, :] = img[y, w - 1 - x, ::-1]
    return out


@njit(parallel=True)
def max_pool2d(img, size, stride):
    h, w = img.shape
    oh = (h - size) // stride + 1
    ow = (w - size) // stride + 1
    out = np.empty((oh, ow), dtype=img.dtype)
    for i in prange(oh):
        for j in range(ow):
            y, x = i * stride, j * stride
            out[i, j] = img[y:y + size, x:x + size].max()
    return out
