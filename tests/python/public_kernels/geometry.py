"""Computational-geometry kernels in the style of public Numba code (the
StackOverflow/sasamil ray-casting point-in-polygon with its
`@njit(parallel=True)` driver, Andrew's monotone-chain hull, shoelace area,
segment-intersection orientation tests, Ramer-Douglas-Peucker
simplification with an explicit stack); written anew."""

import math

import numpy as np

from public_kernels.backend import jit, njit, prange


@njit("b1(f8, f8, f8[:,:])")
def ray_tracing(x, y, poly):
    n = len(poly)
    inside = False
    p2x = 0.0
    p2y = 0.0
    xints = 0.0
    p1x, p1y = poly[0]
    for i in range(n + 1):
        p2x, p2y = poly[i % n]
        if y > min(p1y, p2y):
            if y <= max(p1y, p2y):
                if x <= max(p1x, p2x):
                    if p1y != p2y:
                        xints = (y - p1y) * (p2x - p1x) / (p2y - p1y) + p1x
                    if p1x == p2x or x <= xints:
                        inside = not inside
        p1x, p1y = p2x, p2y
    return inside


@njit(parallel=True)
def ray_tracing_points(points, poly):
    D = np.empty(len(points), dtype=np.bool_)
    for i in prange(len(points)):
        D[i] = ray_tracing(points[i, 0], points[i, 1], poly)
    return D


@jit(nopython=True)
def is_inside_sm(polygon, point):
    """0 outside, 1 inside, 2 on an edge; the polygon's last vertex repeats its first."""
    length = len(polygon) - 1
    dy2 = point[1] - polygon[0][1]
    intersections = 0
    ii = 0
    jj = 1
    while ii < length:
        dy = dy2
        dy2 = point[1] - polygon[jj][1]
        if dy * dy2 <= 0.0 and (point[0] >= polygon[ii][0] or point[0] >= polygon[jj][0]):
            if dy < 0 or dy2 < 0:
                F = dy * (polygon[jj][0] - polygon[ii][0]) / (dy - dy2) + polygon[ii][0]
                if point[0] > F:
                    intersections += 1
                elif point[0] == F:
                    return 2
            elif dy2 == 0 and (point[0] == polygon[jj][0] or (
                    dy == 0 and (point[0] - polygon[ii][0]) * (point[0] - polygon[jj][0]) <= 0)):
                return 2
        ii = jj
        jj += 1
    return intersections & 1


@njit(parallel=True)
def is_inside_sm_parallel(points, polygon):
    ln = len(points)
    D = np.empty(ln, dtype=np.int64)
    for i in prange(ln):
        D[i] = is_inside_sm(polygon, points[i])
    return D


@njit
def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


@njit(cache=True)
def convex_hull(points):
    """Andrew's monotone chain; counter-clockwise hull vertices."""
    order = np.argsort(points[:, 0], kind="mergesort")
    pts = points[order]
    # stable on x, so sort ties on y by a second pass over equal runs
    n = pts.shape[0]
    i = 0
    while i < n:
        j = i + 1
        while j < n and pts[j, 0] == pts[i, 0]:
            j += 1
        if j - i > 1:
            sub = pts[i:j]
            pts[i:j] = sub[np.argsort(sub[:, 1])]
        i = j
    if n <= 2:
        return pts.copy()
    hull = np.empty((2 * n, 2), dtype=pts.dtype)
    k = 0
    for i in range(n):
        while k >= 2 and cross(hull[k - 2], hull[k - 1], pts[i]) <= 0:
            k -= 1
        hull[k] = pts[i]
        k += 1
    t = k + 1
    for i in range(n - 2, -1, -1):
        while k >= t and cross(hull[k - 2], hull[k - 1], pts[i]) <= 0:
            k -= 1
        hull[k] = pts[i]
        k += 1
    return hull[:k - 1].copy()


@njit
def polygon_area(x, y):
    return 0.5 * np.abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))


@njit
def polygon_centroid(poly):
    n = poly.shape[0]
    a = 0.0
    cx = 0.0
    cy = 0.0
    for i in range(n):
        j = (i + 1) % n
        f = poly[i, 0] * poly[j, 1] - poly[j, 0] * poly[i, 1]
        a += f
        cx += (poly[i, 0] + poly[j, 0]) * f
        cy += (poly[i, 1] + poly[j, 1]) * f
    a *= 0.5
    return a, cx / (6.0 * a), cy / (6.0 * a)


@njit
def orientation(p, q, r):
    val = (q[1] - p[1]) * (r[0] - q[0]) - (q[0] - p[0]) * (r[1] - q[1])
    if val > 0:
        return 1
    elif val < 0:
        return 2
    return 0


@njit
def on_segment(p, q, r):
    return (min(p[0], r[0]) <= q[0] <= max(p[0], r[0])
            and min(p[1], r[1]) <= q[1] <= max(p[1], r[1]))


@njit
def segments_intersect(p1, q1, p2, q2):
    o1 = orientation(p1, q1, p2)
    o2 = orientation(p1, q1, q2)
    o3 = orientation(p2, q2, p1)
    o4 = orientation(p2, q2, q1)
    if o1 != o2 and o3 != o4:
        return True
    if o1 == 0 and on_segment(p1, p2, q1):
        return True
    if o2 == 0 and on_segment(p1, q2, q1):
        return True
    if o3 == 0 and on_segment(p2, p1, q2):
        return True
    if o4 == 0 and on_segment(p2, q1, q2):
        return True
    return False


@njit(cache=True)
def count_crossings(segs):
    """Pairs of segments (rows x0, y0, x1, y1) that intersect."""
    n = segs.shape[0]
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            if segments_intersect(segs[i, :2], segs[i, 2:], segs[j, :2], segs[j, 2:]):
                count += 1
    return count


@njit
def _point_line_distance(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    norm = np.sqrt(dx * dx + dy * dy)
    if norm == 0.0:
        return np.sqrt((p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2)
    return abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / norm


@njit(cache=True)
def rdp_mask(points, epsilon):
    """Ramer-Douglas-Peucker: the points kept, iteratively with a stack."""
    n = points.shape[0]
    keep = np.zeros(n, dtype=np.bool_)
    keep[0] = keep[n - 1] = True
    stack = [(0, n - 1)]
    while len(stack) > 0:
        start, end = stack.pop()
        dmax = 0.0
        index = start
        for i in range(start + 1, end):
            d = _point_line_distance(points[i], points[start], points[end])
            if d > dmax:
                index = i
                dmax = d
        if dmax > epsilon:
            keep[index] = True
            stack.append((start, index))
            stack.append((index, end))
    return keep


@njit
def is_left(p0, p1, p2):
    return (p1[0] - p0[0]) * (p2[1] - p0[1]) - (p2[0] - p0[0]) * (p1[1] - p0[1])


@njit(cache=True)
def winding_numbers(points, poly):
    n = poly.shape[0]
    out = np.zeros(points.shape[0], dtype=np.int32)
    for k in range(points.shape[0]):
        p = points[k]
        wn = 0
        for i in range(n):
            a = poly[i]
            b = poly[(i + 1) % n]
            if a[1] <= p[1]:
                if b[1] > p[1] and is_left(a, b, p) > 0:
                    wn += 1
            elif b[1] <= p[1] and is_left(a, b, p) < 0:
                wn -= 1
        out[k] = wn
    return out


@njit
def closest_pair(points):
    best = math.inf
    best_i, best_j = -1, -1
    n = len(points)
    for i in range(n - 1):
        for j in range(i + 1, n):
            d = math.hypot(points[i, 0] - points[j, 0], points[i, 1] - points[j, 1])
            if d < best:
                best = d
                best_i, best_j = i, j
    return best, (best_i, best_j)


@njit(fastmath=True)
def box_iou_matrix(a, b):
    x1 = np.maximum(a[:, None, 0], b[None, :, 0])
    y1 = np.maximum(a[:, None, 1], b[None, :, 1])
    x2 = np.minimum(a[:, None, 2], b[None, :, 2])
    y2 = np.minimum(a[:, None, 3], b[None, :, 3])
    inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return inter / (area_a[:, None] + area_b[None, :] - inter)


@njit
def barycentric(p, a, b, c):
    v0x, v0y = b[0] - a[0], b[1] - a[1]
    v1x, v1y = c[0] - a[0], c[1] - a[1]
    v2x, v2y = p[0] - a[0], p[1] - a[1]
    den = v0x * v1y - v1x * v0y
    v = (v2x * v1y - v1x * v2y) / den
    w = (v0x * v2y - v2x * v0y) / den
    return 1.0 - v - w, v, w


@njit(cache=True)
def rasterize_triangle(shape, tri):
    h, w = shape
    out = np.zeros(shape, dtype=np.float64)
    xmin = max(int(np.floor(tri[:, 0].min())), 0)
    xmax = min(int(np.ceil(tri[:, 0].max())), w - 1)
    ymin = max(int(np.floor(tri[:, 1].min())), 0)
    ymax = min(int(np.ceil(tri[:, 1].max())), h - 1)
    for y in range(ymin, ymax + 1):
        for x in range(xmin, xmax + 1):
            l0, l1, l2 = barycentric((x + 0.5, y + 0.5), tri[0], tri[1], tri[2])
            if l0 >= 0 and l1 >= 0 and l2 >= 0:
                out[y, x] = l0 * 1.0 + l1 * 2.0 + l2 * 3.0
    return out


@njit
def graham_scan(points):
    """Convex hull by angle sort about the lowest point; a list of (x, y)."""
    start = 0
    for i in range(1, len(points)):
        if (points[i, 1], points[i, 0]) < (points[start, 1], points[start, 0]):
            start = i
    sx, sy = points[start, 0], points[start, 1]
    keyed = []
    for i in range(len(points)):
        if i != start:
            x, y = points[i, 0], points[i, 1]
            keyed.append((math.atan2(y - sy, x - sx), (x - sx) ** 2 + (y - sy) ** 2, x, y))
    keyed.sort()
    hull = [(sx, sy)]
    for _, _, px, py in keyed:
        p = (px, py)
        while len(hull) >= 2:
            ox, oy = hull[-2]
            ax, ay = hull[-1]
            if (ax - ox) * (p[1] - oy) - (ay - oy) * (p[0] - ox) > 0:
                break
            hull.pop()
        hull.append(p)
    return hull


@njit(cache=True)
def vertex_normals(vertices, faces):
    normals = np.zeros_like(vertices)
    for f in range(faces.shape[0]):
        a = vertices[faces[f, 0]]
        b = vertices[faces[f, 1]]
        c = vertices[faces[f, 2]]
        n = np.cross(b - a, c - a)
        for k in range(3):
            normals[faces[f, k]] += n
    for v in range(normals.shape[0]):
        norm = np.linalg.norm(normals[v])
        if norm > 0:
            normals[v] /= norm
    return normals


@njit
def clip_polygon(subject, xmin, ymin, xmax, ymax):
    """Sutherland-Hodgman against an axis-aligned box; a list of (x, y)."""
    output = [(subject[i, 0], subject[i, 1]) for i in range(subject.shape[0])]
    for edge in range(4):
        inp = output
        output = [(0.0, 0.0) for _ in range(0)]
        if len(inp) == 0:
            break

        def inside(p):
            if edge == 0:
                return p[0] >= xmin
            elif edge == 1:
                return p[0] <= xmax
            elif edge == 2:
                return p[1] >= ymin
            return p[1] <= ymax

        def intersect(p, q):
            if edge < 2:
                x = xmin if edge == 0 else xmax
                t = (x - p[0]) / (q[0] - p[0])
                return x, p[1] + t * (q[1] - p[1])
            y = ymin if edge == 2 else ymax
            t = (y - p[1]) / (q[1] - p[1])
            return p[0] + t * (q[0] - p[0]), y

        for i in range(len(inp)):
            cur = inp[i]
            prev = inp[i - 1]
            if inside(cur):
                if not inside(prev):
                    output.append(intersect(prev, cur))
                output.append(cur)
            elif inside(prev):
                output.append(intersect(prev, cur))
    return output
