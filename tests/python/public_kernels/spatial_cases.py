"""Cases of the image-processing, geometry and sparse-matrix kernels
(imaging.py, geometry.py, sparse.py), as in cases.py. SPATIAL_CASES run in
test_public_kernels; SPATIAL_REPORT_ONLY (cases.SWEEP_CASES) only in
report.py (Numba compiling their references would cost the suite ~100 s)."""

import numpy as np


def _image(rng, h=12, w=15):
    return rng.random((h, w))


def _mask(rng, h=14, w=16):
    return rng.random((h, w)) < 0.45


def _dets(rng, n=30):
    xy = rng.uniform(0, 50, (n, 2))
    wh = rng.uniform(5, 20, (n, 2))
    return np.column_stack([xy, xy + wh, rng.random(n)]), 0.3


def _star_polygon(rng, n=9):
    angles = np.sort(rng.uniform(0, 2 * np.pi, n))
    radius = rng.uniform(0.5, 1.0, n)
    return np.column_stack([radius * np.cos(angles), radius * np.sin(angles)])


def _closed(poly):
    return np.vstack([poly, poly[:1]])


def _csr(rng, n_row=7, n_col=9, density=0.35):
    dense = np.where(rng.random((n_row, n_col)) < density, rng.normal(size=(n_row, n_col)), 0)
    rows, cols = np.nonzero(dense)
    indptr = np.searchsorted(rows, np.arange(n_row + 1)).astype(np.int32)
    return indptr, cols.astype(np.int32), dense[rows, cols]


def _coo(rng, n_row=6, n_col=8, nnz=25):
    return (n_row, rng.integers(0, n_row, nnz), rng.integers(0, n_col, nnz),
            rng.normal(size=nnz))


def _shuffled_csr(rng):
    indptr, indices, data = _csr(rng)
    for i in range(len(indptr) - 1):
        s = slice(indptr[i], indptr[i + 1])
        order = rng.permutation(indptr[i + 1] - indptr[i])
        indices[s], data[s] = indices[s][order], data[s][order]
    return indptr, indices, data


def _duplicated_csr(rng, n_row=6, n_col=5, per_row=5):
    indices = np.sort(rng.integers(0, n_col, (n_row, per_row)), axis=1).ravel()
    indptr = np.arange(0, n_row * per_row + 1, per_row)
    return indptr, indices, rng.normal(size=n_row * per_row)


def _graph(rng, n=20):
    indptr, indices, _ = _csr(rng, n, n, 0.1)
    return indptr, indices, 0


def _dominant_csr(rng, n=8):
    A = np.where(rng.random((n, n)) < 0.3, rng.normal(size=(n, n)), 0.0)
    A += np.diag(np.abs(A).sum(axis=1) + 1.0)
    rows, cols = np.nonzero(A)
    return (np.searchsorted(rows, np.arange(n + 1)).astype(np.int32), cols.astype(np.int32),
            A[rows, cols], rng.normal(size=n))


def _csr_pair(rng):
    a = _csr(rng, 6, 7, 0.4)
    b = _csr(rng, 7, 5, 0.4)
    return (6, 5) + a + b


def _lookups(rng):
    return _csr(rng) + (rng.integers(0, 7, 30), rng.integers(0, 9, 30))


def _edges(rng):
    edges = np.zeros((20, 24), dtype=np.bool_)
    for k in range(24):
        edges[int(0.5 * k + 3), k] = True
    edges |= rng.random((20, 24)) < 0.03
    return edges, 45


def _boxes(rng, n):
    xy = rng.uniform(0, 10, (n, 2))
    return np.column_stack([xy, xy + rng.uniform(1, 5, (n, 2))])


def _mesh(rng, n=4):
    g = np.array([(i, j) for i in range(n) for j in range(n)], float)
    vertices = np.column_stack([g, rng.random(n * n)])
    faces = [(i * n + j, i * n + j + 1, (i + 1) * n + j)
             for i in range(n - 1) for j in range(n - 1)]
    faces += [(i * n + j + 1, (i + 1) * n + j + 1, (i + 1) * n + j)
              for i in range(n - 1) for j in range(n - 1)]
    return vertices, np.array(faces)



SPATIAL_CASES = [
    # image processing
    ("bilinear_resize", "imaging", "bilinear_resize",
     lambda r: (_image(r).astype(np.float32), 17, 9), 1e-6),
    ("equalize_hist", "imaging", "equalize_hist",
     lambda r: (r.integers(40, 180, (16, 20)).astype(np.uint8),), 0),
    ("label_components_two_pass", "imaging", "label_components", _mask, 0),
    ("flood_fill", "imaging", "flood_fill",
     lambda r: (r.integers(0, 2, (12, 14)).astype(np.int32), 5, 6, 7), 0),
    ("distance_transform", "imaging", "distance_transform", _mask, 1e-12),
    ("binary_erosion", "imaging", "binary_erosion", lambda r: (r.random((12, 14)) < 0.8,), 0),
    ("draw_line", "imaging", "draw_line",
     lambda r: (np.zeros((12, 15), dtype=np.uint8), 2, 11, 14, -3, 255), 0),
    ("correlate_reflect", "imaging", "correlate_mode",
     lambda r: (_image(r, 8, 9), r.normal(size=(3, 4))), 1e-12),
    ("correlate_bad_mode", "imaging", "correlate_mode",
     lambda r: (_image(r, 8, 9), r.normal(size=(3, 3)), "mirror"), 0),
    ("local_maxima", "imaging", "local_maxima", lambda r: (_image(r), 2, 0.5), 0),
    # geometry
    ("ray_tracing", "geometry", "ray_tracing",
     lambda r: (0.1, -0.2, _star_polygon(r)), 0),
    ("polygon_centroid", "geometry", "polygon_centroid", lambda r: (_star_polygon(r),), 1e-9),
    ("clip_polygon", "geometry", "clip_polygon",
     lambda r: (2.0 * _star_polygon(r), -0.8, -0.6, 0.9, 0.7), 1e-12),
    # sparse
    ("csr_tocsc", "sparse", "csr_tocsc", lambda r: (7, 9) + _csr(r), 0),
    ("coo_tocsr", "sparse", "coo_tocsr", _coo, 0),
    ("csr_sum_duplicates", "sparse", "csr_sum_duplicates", _duplicated_csr, 1e-12),
    ("csr_bfs", "sparse", "csr_bfs", _graph, 0),
    ("graph_components", "sparse", "graph_components", lambda r: (20,) + _graph(r)[:2], 0),
    ("dijkstra_heap_pred", "sparse", "dijkstra_csr",
     lambda r: (lambda p, i: (p, i, r.integers(1, 9, i.size) * 0.5, 0))(
         *(a.astype(np.int64) for a in _graph(r, 30)[:2])),
     1e-12),
]

SPATIAL_REPORT_ONLY = [
    # image processing
    ("convolve2d_reflect", "imaging", "convolve2d_reflect",
     lambda r: (_image(r), r.normal(size=(3, 5))), 1e-12),
    ("sobel_magnitude", "imaging", "sobel_magnitude",
     lambda r: (r.integers(0, 256, (12, 15)).astype(np.uint8),), 1e-12),
    ("box_blur", "imaging", "box_blur", lambda r: (_image(r), 2), 1e-6),
    ("nms", "imaging", "nms", _dets, 0),
    ("gaussian_blur_rows", "imaging", "gaussian_blur_rows", lambda r: (_image(r), 1.5),
     1e-9),
    ("otsu_threshold", "imaging", "otsu_threshold",
     lambda r: (np.concatenate([r.normal(60, 10, 150), r.normal(170, 15, 150)])
                .clip(0, 255).astype(np.uint8).reshape(15, 20),), 0),
    ("rgb_to_gray", "imaging", "rgb_to_gray",
     lambda r: (r.integers(0, 256, (6, 7, 3)).astype(np.uint8),), 0),
    ("bfs_components", "imaging", "bfs_components", _mask, 0),
    ("hough_lines", "imaging", "hough_lines", _edges, 1e-12),
    ("rotate_nearest", "imaging", "rotate_nearest", lambda r: (_image(r), 30.0), 0),
    ("correlate_wrap", "imaging", "correlate_mode",
     lambda r: (_image(r, 8, 9), r.normal(size=(3, 4)), "wrap"), 1e-12),
    ("correlate_nearest", "imaging", "correlate_mode",
     lambda r: (_image(r, 8, 9), r.normal(size=(5, 3)), "nearest"), 1e-12),
    ("correlate_constant", "imaging", "correlate_mode",
     lambda r: (_image(r, 8, 9), r.normal(size=(3, 3)), "constant", 0.5), 1e-12),
    ("contrast_stretch", "imaging", "contrast_stretch",
     lambda r: (r.normal(100, 30, (10, 12)), 2.0, 98.0), 0),
    ("equalize_interp", "imaging", "equalize_interp",
     lambda r: (r.integers(30, 200, (12, 14)).astype(np.uint8),), 1e-12),
    ("bgr_to_rgb_mirror", "imaging", "bgr_to_rgb_mirror",
     lambda r: (r.integers(0, 256, (5, 6, 3)).astype(np.uint8),), 0),
    ("max_pool2d", "imaging", "max_pool2d", lambda r: (_image(r, 11, 13), 3, 2), 0),
    # geometry
    ("rasterize_triangle", "geometry", "rasterize_triangle",
     lambda r: ((12, 14), r.uniform(-1, 14, (3, 2))), 1e-12),
    ("convex_hull", "geometry", "convex_hull",
     lambda r: (np.round(r.uniform(-5, 5, (40, 2))),), 0),
    ("ray_tracing_points", "geometry", "ray_tracing_points",
     lambda r: (r.uniform(-1, 1, (60, 2)), _star_polygon(r)), 0),
    ("is_inside_sm_parallel", "geometry", "is_inside_sm_parallel",
     lambda r: (np.vstack([r.uniform(-1, 1, (60, 2)), [[0.0, 0.0]]]),
                _closed(_star_polygon(r))), 0),
    ("polygon_area", "geometry", "polygon_area",
     lambda r: tuple(_star_polygon(r).T.copy()), 1e-12),
    ("count_crossings", "geometry", "count_crossings",
     lambda r: (np.round(r.uniform(0, 6, (25, 4))),), 0),
    ("rdp_mask", "geometry", "rdp_mask",
     lambda r: (np.column_stack([np.arange(50.0), np.cumsum(r.normal(size=50))]), 1.0), 0),
    ("winding_numbers", "geometry", "winding_numbers",
     lambda r: (r.uniform(-1, 1, (40, 2)), _star_polygon(r)), 0),
    ("closest_pair", "geometry", "closest_pair", lambda r: (r.random((30, 2)),), 1e-12),
    ("box_iou_matrix", "geometry", "box_iou_matrix", lambda r: (_boxes(r, 6), _boxes(r, 4)),
     1e-12),
    ("graham_scan", "geometry", "graham_scan", lambda r: (r.random((25, 2)),), 0),
    ("vertex_normals", "geometry", "vertex_normals", _mesh, 1e-12),
    # sparse
    ("csr_matvec", "sparse", "csr_matvec",
     lambda r: (7,) + _csr(r) + (r.normal(size=9),), 1e-12),
    ("csr_matmat_dense", "sparse", "csr_matmat_dense",
     lambda r: _csr(r) + (r.normal(size=(9, 4)),), 1e-9),
    ("csr_sort_indices", "sparse", "csr_sort_indices", _shuffled_csr, 0),
    ("csr_row_norms", "sparse", "csr_row_norms", lambda r: _csr(r)[::2], 1e-12),
    ("csr_matmat", "sparse", "csr_matmat", _csr_pair, 1e-12),
    ("csr_lookup_many", "sparse", "csr_lookup_many", _lookups, 0),
    ("coo_sum_duplicates_dict", "sparse", "coo_sum_duplicates_dict",
     lambda r: _coo(r)[1:], 1e-12),
    ("jacobi_csr", "sparse", "jacobi_csr", _dominant_csr, 1e-9),
    ("pagerank_csr", "sparse", "pagerank_csr", lambda r: _graph(r)[:2], 1e-12),
    ("csr_to_coo", "sparse", "csr_to_coo", _csr, 0),
    ("csr_scale_rows", "sparse", "csr_scale_rows",
     lambda r: _csr(r)[::2] + (r.random(7),), 1e-12),
    ("dense_to_csr", "sparse", "dense_to_csr",
     lambda r: (np.where(r.random((6, 7)) < 0.4, r.normal(size=(6, 7)), 0.0), 0.1), 0),
]
