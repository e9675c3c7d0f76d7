/* Function pointers to version 1's op, one held in a global and one in a
   local of main, are re-pointed to version 2's op by the update.  */
/* { dg-do run } */
/* { dg-versions "versions/fnptr-v2/fnptr.c=fnptr-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static int __attribute__ ((noinline))
op (int x)
{
  printf ("v1 op (%d)\n", x);
  return x + 1;
}

static int __attribute__ ((noinline))
other (int x)
{
  printf ("v1 other (%d)\n", x);
  return -x;
}

int (*g_op) (int) = op;

/* Chosen at run time, so that the local holds a real pointer.  */
static int (* __attribute__ ((noinline)) pick (int argc)) (int)
{
  return argc > 100 ? other : op;
}

int
main (int argc, char **argv)
{
  int (*l_op) (int) = pick (argc);
  long total = 0;
  (void) argv;
  for (int i = 0; i < 5; i++)
    {
      if (i == 2)
	gearshift_request_update ("./fnptr-v2.so");
      total += g_op (i);
      total += l_op (i * 10);
      printf ("v1 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 op \\(0\\)\n" } */
/* { dg-output "v1 op \\(0\\)\n" } */
/* { dg-output "v1 i=0 total=2\n" } */
/* { dg-output "v1 op \\(1\\)\n" } */
/* { dg-output "v1 op \\(10\\)\n" } */
/* { dg-output "v1 i=1 total=15\n" } */
/* { dg-output "v1 op \\(2\\)\n" } */
/* { dg-output "v1 op \\(20\\)\n" } */
/* { dg-output "v1 i=2 total=39\n" } */
/* { dg-output "v2 op \\(3\\)\n" } */
/* { dg-output "v2 op \\(30\\)\n" } */
/* { dg-output "v2 i=3 total=3339\n" } */
/* { dg-output "v2 op \\(4\\)\n" } */
/* { dg-output "v2 op \\(40\\)\n" } */
/* { dg-output "v2 i=4 total=7739\n" } */
/* { dg-output "status 0: updated to \[^ \]+/fnptr-v2.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected\n$" } */
