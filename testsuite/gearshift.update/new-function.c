/* A function only version 2 has is called from the updated loop: the
   loop resumes in version 2 and reaches the new code at once.  */
/* { dg-do run } */
/* { dg-versions "versions/new-function-v2/new-function.c=new-function-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./new-function-v2.so");
      total += i;
      printf ("v1 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 total=0\n" } */
/* { dg-output "v1 i=1 total=1\n" } */
/* { dg-output "v1 i=2 total=3\n" } */
/* { dg-output "bonus \\(3\\) = 300\n" } */
/* { dg-output "v2 i=3 total=306\n" } */
/* { dg-output "bonus \\(4\\) = 400\n" } */
/* { dg-output "v2 i=4 total=710\n" } */
/* { dg-output "bonus \\(5\\) = 500\n" } */
/* { dg-output "v2 i=5 total=1215\n" } */
/* { dg-output "status 0: updated to \[^ \]+/new-function-v2.so: 1 frames, 0 globals mapped, \[0-9\]+ functions redirected\n$" } */
