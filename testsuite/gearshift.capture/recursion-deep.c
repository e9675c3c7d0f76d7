/* A recursion 1000 calls deep, requested one level above the bottom, is
   captured at the entry point of the deepest call: 1000 frames plus main.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

static unsigned __attribute__ ((noinline))
descend (unsigned n)
{
  if (n == 999)
    gearshift_request_update (0);
  if (n == 1000)
    return n;
  /* XOR keeps GCC from turning the recursion into a loop.  */
  return descend (n + 1) ^ (n * 7);
}

int
main (void)
{
  unsigned base = 1;
  unsigned r = descend (base);
  printf ("%u %u\n", r, base);
  return 0;
}

/* { dg-output "^gearshift: captured 1001 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 descend \\(\[^\n\]*recursion-deep\\.c:10\\) at point \[0-9\]+ \"entry\" \\(entry, \[^\n\]*recursion-deep\\.c:10:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 1000\n" } */
/* { dg-output "#1 descend \\(\[^\n\]*recursion-deep\\.c:10\\) at point \[0-9\]+ \"call:descend:1\" \\(call, \[^\n\]*recursion-deep\\.c:17:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 999\n" } */
/* { dg-output "#2 descend \[^\n\]*\n" } */
/* { dg-output "    n = 998\n" } */
/* { dg-output "(.*)\n" } */
/* { dg-output "#998 descend \[^\n\]*\n" } */
/* { dg-output "    n = 2\n" } */
/* { dg-output "#999 descend \\(\[^\n\]*recursion-deep\\.c:10\\) at point \[0-9\]+ \"call:descend:1\" \\(call, \[^\n\]*recursion-deep\\.c:17:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 1\n" } */
/* { dg-output "#1000 main \\(\[^\n\]*recursion-deep\\.c:21\\) at point \[0-9\]+ \"call:descend:1\" \\(call, \[^\n\]*recursion-deep\\.c:24:\[0-9\]+\\)\n" } */
/* { dg-output "    base = 1\n" } */
/* { dg-output "4016 1\n$" } */
