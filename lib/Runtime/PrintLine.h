/*===- PrintLine.h - The print runtime's line, shared by its files -------===*/

#ifndef NBC_RUNTIME_PRINTLINE_H
#define NBC_RUNTIME_PRINTLINE_H

#include <stddef.h>

/* Appends to the calling thread's line (Print.c). */
void nbc_rt_print_append(const char *text, size_t size);
/* Python's repr of a float into `out` (Print.c); `dot0` keeps "1.0". */
void nbc_rt_print_repr_double(double value, int dot0, char *out, size_t size);

#endif /* NBC_RUNTIME_PRINTLINE_H */
