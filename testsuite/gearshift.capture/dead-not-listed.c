/* Only variables live at the point are saved: one used only before the
   loop, one first assigned after it and a dead parameter are not listed.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noipa))
consume (int v)
{
  return v & 1;
}

static int __attribute__ ((noinline))
compute (int unused_after, int n)
{
  int before = unused_after * 3;
  int odd = consume (before);
  int live = n + 1;
  int later;
  int sum = 0;
  for (int i = 0; i < n; i++)
    {
      sum += i;
      if (i == 5)
	gearshift_request_update (0);
      gearshift_update_point ("mid");
    }
  later = live * 2 + sum;
  return later + odd;
}

int
main (void)
{
  int r = compute (7, 20);
  printf ("%d\n", r);
  return 0;
}

/* { dg-output "^gearshift: captured 2 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 compute \\(\[^\n\]*dead-not-listed\\.c:16\\) at point \[0-9\]+ \"mid\" \\(explicit, \[^\n\]*dead-not-listed\\.c:28:\[0-9\]+\\)\n" } */
/* { dg-output "    n = 20\n" } */
/* { dg-output "    odd = 1\n" } */
/* { dg-output "    live = 21\n" } */
/* { dg-output "    sum = 15\n" } */
/* { dg-output "    i = 5\n" } */
/* { dg-output "#1 main \\(\[^\n\]*dead-not-listed\\.c:35\\) at point \[0-9\]+ \"call:compute:1\" \\(call, \[^\n\]*dead-not-listed\\.c:37:\[0-9\]+\\)\n" } */
/* { dg-output "233\n$" } */
