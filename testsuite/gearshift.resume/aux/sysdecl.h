/* A header that counts as a system header, as the C library's do.  */
#pragma GCC system_header

long sys_sum (int n);
