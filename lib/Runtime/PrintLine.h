/*===- PrintLine.h - The print runtime's line, shared by its files -------===*/

#ifndef NBC_RUNTIME_PRINTLINE_H
#define NBC_RUNTIME_PRINTLINE_H

#include <stddef.h>

/* Appends to the calling thread's line (Print.c). */
void nbc_rt_print_append(const char *text, size_t size);
/* The size and text (NUL-terminated, "" when empty) of the calling
 * thread's line, and cutting it back to `size` bytes (ErrorFormat.c builds
 * messages at its end). */
size_t nbc_rt_print_line_size(void);
const char *nbc_rt_print_line_text(void);
void nbc_rt_print_line_truncate(size_t size);
/* Python's repr of a float into `out` (Print.c); `dot0` keeps "1.0". */
void nbc_rt_print_repr_double(double value, int dot0, char *out, size_t size);

#endif /* NBC_RUNTIME_PRINTLINE_H */
