/* Function pointers held inside globals, in an array (a dispatch table)
   and in a struct of operations, are re-pointed to version 2's functions.  */
/* { dg-do run } */
/* { dg-versions "versions/fnptr-table-v2/fnptr-table.c=fnptr-table-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static int __attribute__ ((noinline))
add (int x)
{
  printf ("v1 add (%d)\n", x);
  return x + 1;
}

static int __attribute__ ((noinline))
sub (int x)
{
  printf ("v1 sub (%d)\n", x);
  return x - 1;
}

struct ops
{
  int (*up) (int);
  int (*down) (int);
};

int (*table[2]) (int) = { add, sub };
struct ops ops = { add, sub };

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./fnptr-table-v2.so");
      total += table[i % 2] (i);
      total += ops.up (i);
      total += ops.down (i);
      printf ("v1 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 add \\(0\\)\n" } */
/* { dg-output "v1 add \\(0\\)\n" } */
/* { dg-output "v1 sub \\(0\\)\n" } */
/* { dg-output "v1 i=0 total=1\n" } */
/* { dg-output "v1 sub \\(1\\)\n" } */
/* { dg-output "v1 add \\(1\\)\n" } */
/* { dg-output "v1 sub \\(1\\)\n" } */
/* { dg-output "v1 i=1 total=3\n" } */
/* { dg-output "v1 add \\(2\\)\n" } */
/* { dg-output "v1 add \\(2\\)\n" } */
/* { dg-output "v1 sub \\(2\\)\n" } */
/* { dg-output "v1 i=2 total=10\n" } */
/* { dg-output "v2 sub \\(3\\)\n" } */
/* { dg-output "v2 add \\(3\\)\n" } */
/* { dg-output "v2 sub \\(3\\)\n" } */
/* { dg-output "v2 i=3 total=-481\n" } */
/* { dg-output "status 0: updated to \[^ \]+/fnptr-table-v2.so: 1 frames, 2 globals mapped, \[0-9\]+ functions redirected\n$" } */
