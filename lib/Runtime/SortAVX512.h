/*===- SortAVX512.h - A vectorised quicksort of 64-bit keys -----*- C -*-===*\
|*                                                                            *|
|* Used by Sort.c when the CPU has AVX-512 (SortAVX512.c).                    *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NBC_RUNTIME_SORTAVX512_H
#define NBC_RUNTIME_SORTAVX512_H

#include <stdint.h>

/* 1 when this CPU runs nbcSortKeysAVX512 (AVX-512 F, DQ and VL) and the
 * environment variable NBC_SORT_NO_AVX512 is unset or empty; 0 otherwise. */
int nbcHasAVX512Sort(void);

/* Sorts keys[0..n) ascending, not stably. */
void nbcSortKeysAVX512(uint64_t *keys, int64_t n);

#endif /* NBC_RUNTIME_SORTAVX512_H */
