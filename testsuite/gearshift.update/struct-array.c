/* Struct and array locals carry across whole: a struct, an array of
   ints and a char array keep every element in version 2.  */
/* { dg-do run } */
/* { dg-versions "versions/struct-array-v2/struct-array.c=struct-array-v2.so" } */

#include <stdio.h>
#include <string.h>
#include <gearshift.h>

struct point
{
  int x;
  long y;
  char c;
};

int
main (void)
{
  struct point p = { 1, 10, 'a' };
  int arr[5] = { 0 };
  char name[12] = "v1-";
  for (int i = 0; i < 5; i++)
    {
      if (i == 2)
	gearshift_request_update ("./struct-array-v2.so");
      p.x += i;
      p.y *= 2;
      p.c++;
      arr[i] = i * i + 1;
      name[3 + i] = 'A' + i;
      printf ("v1 i=%d p={%d,%ld,%c} arr={%d,%d,%d,%d,%d} name=%s\n", i, p.x,
	      p.y, p.c, arr[0], arr[1], arr[2], arr[3], arr[4], name);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 p=\\{1,20,b\\} arr=\\{1,0,0,0,0\\} name=v1-A\n" } */
/* { dg-output "v1 i=1 p=\\{2,40,c\\} arr=\\{1,2,0,0,0\\} name=v1-AB\n" } */
/* { dg-output "v1 i=2 p=\\{4,80,d\\} arr=\\{1,2,5,0,0\\} name=v1-ABC\n" } */
/* { dg-output "v2 i=3 p=\\{7,83,e\\} arr=\\{1,2,5,-3,0\\} name=v1-ABCd\n" } */
/* { dg-output "v2 i=4 p=\\{11,87,f\\} arr=\\{1,2,5,-3,-4\\} name=v1-ABCde\n" } */
/* { dg-output "status 0: updated to \[^ \]+/struct-array-v2.so: 1 frames, 0 globals mapped, \[0-9\]+ functions redirected\n$" } */
