/* A function pointer to version 1's op, held in a global, is re-pointed
   to version 2's op where that has no body of its own: version 2 never
   takes op's address and calls it once, so GCC inlines it (at -O1 and
   above) and only its low-gear clone is left, which runs like op when
   nothing is being rebuilt.  The update itself happens inside op, called
   through the pointer.  */
/* { dg-do run } */
/* { dg-versions "versions/fnptr-inlined-v2/fnptr-inlined.c=fnptr-inlined-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static int __attribute__ ((noinline))
op (int x)
{
  for (int k = 0; k < 1; k++)
    {
      gearshift_update_point ("op");
      printf ("v1 op (%d)\n", x);
    }
  return x + 1;
}

int (*g_op) (int) = op;

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 5; i++)
    {
      if (i == 2)
	gearshift_request_update ("./fnptr-inlined-v2.so");
      total += g_op (i);
      printf ("v1 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 op \\(0\\)\n" } */
/* { dg-output "v1 i=0 total=1\n" } */
/* { dg-output "v1 op \\(1\\)\n" } */
/* { dg-output "v1 i=1 total=3\n" } */
/* { dg-output "v2 op \\(2\\)\n" } */
/* { dg-output "v2 op \\(1002\\)\n" } */
/* { dg-output "v2 i=2 total=1205\n" } */
/* { dg-output "v2 op \\(3\\)\n" } */
/* { dg-output "v2 op \\(1003\\)\n" } */
/* { dg-output "v2 i=3 total=2508\n" } */
/* { dg-output "v2 op \\(4\\)\n" } */
/* { dg-output "v2 op \\(1004\\)\n" } */
/* { dg-output "v2 i=4 total=3912\n" } */
/* { dg-output "status 0: updated to \[^ \]+/fnptr-inlined-v2.so: 2 frames, 1 globals mapped, \[0-9\]+ functions redirected\n$" } */
