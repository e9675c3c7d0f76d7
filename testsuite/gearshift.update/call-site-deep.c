/* An update requested three calls deep: the callers are stopped at their
   call points, and every frame (callee and callers) resumes in version 2.  */
/* { dg-do run } */
/* { dg-versions "versions/call-site-deep-v2/call-site-deep.c=call-site-deep-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static int __attribute__ ((noinline))
inner (int n)
{
  int acc = 0;
  for (int i = 0; i < n; i++)
    {
      if (n == 20 && i == 3)
	gearshift_request_update ("./call-site-deep-v2.so");
      acc += i;
      gearshift_update_point ("step");
    }
  printf ("v1 inner n=%d acc=%d\n", n, acc);
  return acc;
}

static int __attribute__ ((noinline))
middle (int k)
{
  int r = inner (k * 10);
  printf ("v1 middle k=%d r=%d\n", k, r);
  return r + k;
}

static int __attribute__ ((noinline))
outer (int j)
{
  int r = middle (j + 1);
  printf ("v1 outer j=%d r=%d\n", j, r);
  return r * 2;
}

int
main (void)
{
  long total = 0;
  for (int j = 0; j < 3; j++)
    {
      total += outer (j);
      printf ("v1 main j=%d total=%ld\n", j, total);
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 inner n=10 acc=45\n" } */
/* { dg-output "v1 middle k=1 r=45\n" } */
/* { dg-output "v1 outer j=0 r=46\n" } */
/* { dg-output "v1 main j=0 total=92\n" } */
/* { dg-output "v2 inner n=20 acc=374\n" } */
/* { dg-output "v2 middle k=2 r=374\n" } */
/* { dg-output "v2 outer j=1 r=2374\n" } */
/* { dg-output "v2 main j=1 total=7214\n" } */
/* { dg-output "v2 inner n=30 acc=870\n" } */
/* { dg-output "v2 middle k=3 r=870\n" } */
/* { dg-output "v2 outer j=2 r=3870\n" } */
/* { dg-output "v2 main j=2 total=18824\n" } */
/* { dg-output "status 0: updated to \[^ \]+/call-site-deep-v2.so: 4 frames, 0 globals mapped, \[0-9\]+ functions redirected\n$" } */
