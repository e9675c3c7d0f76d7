/* Requesting an update to a file that does not exist is accepted, then
   refused at the next point: the program resumes in its old version.  */
/* { dg-do run } */

#include <gearshift.h>
#include <stdio.h>

int
main (void)
{
  char msg[300];
  int err = gearshift_request_update ("./no-such-version.so");
  printf ("returned %d\n", err);
  printf ("pending: %d\n", gearshift_update_status (msg, sizeof msg)
	  == -GEARSHIFT_EBUSY);
  int sum = 0;
  for (int i = 0; i < 10; i++)
    {
      sum += i;
      gearshift_update_point ("here");
    }
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("continued: %d\n", sum);
  printf ("status %d (%s): %s\n", status, gearshift_strerror (status), msg);
  return 0;
}

/* { dg-output "^returned 0\n" } */
/* { dg-output "pending: 1\n" } */
/* { dg-output "continued: 45\n" } */
/* { dg-output "status -7 \\(the new version could not be loaded\\): update to ./no-such-version.so refused before loading it: No such file or directory\n$" } */
