/* Arrays, nested structs, unions and arrays of structs as locals across
   updates, partly modified before and after each call.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

struct point { int x, y; };
struct shape { char name[8]; struct point corner[2]; double area; };
union word { unsigned u; float f; unsigned char b[4]; };

static int __attribute__ ((noinline))
step (int v)
{
  int r = v;
  for (int i = 0; i < 3; i++)
    {
      gearshift_update_point ("step");
      r = r * 5 % 97;
    }
  return r;
}

int
main (void)
{
  int arr[10] = { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 };
  long matrix[3][4] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 } };
  struct shape sh = { "box", { { 1, 2 }, { 4, 6 } }, 12.0 };
  struct point pts[4] = { { 0, 0 }, { 1, 1 }, { 2, 4 }, { 3, 9 } };
  union word w;
  w.u = 0x3f800000u;
  for (int k = 0; k < 10; k++)
    {
      arr[k] += step (arr[(k + 3) % 10]);
      matrix[k % 3][k % 4] -= step (k);
      sh.corner[k & 1].x += step (sh.corner[1].y);
      sh.area = (sh.corner[1].x - sh.corner[0].x)
		* (double) (sh.corner[1].y - sh.corner[0].y);
      pts[k % 4].y ^= step (pts[(k + 1) % 4].x + k);
      w.b[k % 4] ^= (unsigned char) step (k + 40);
      sh.name[3] = (char) ('a' + step (k) % 26);
      sh.name[4] = 0;
    }
  long cs = 0;
  for (int i = 0; i < 10; i++)
    cs = cs * 11 + arr[i];
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++)
      cs = cs * 3 + matrix[i][j];
  printf ("cs=%ld\n", cs);
  printf ("shape %s %d,%d %d,%d area=%g\n", sh.name, sh.corner[0].x,
	  sh.corner[0].y, sh.corner[1].x, sh.corner[1].y, sh.area);
  printf ("pts %d %d %d %d\n", pts[0].y, pts[1].y, pts[2].y, pts[3].y);
  printf ("word %08x\n", w.u);
  fflush (stdout);
  return 0;
}

/* { dg-output "^cs=106376724899119218\n" } */
/* { dg-output "shape boxg 356,2 359,6 area=12\n" } */
/* { dg-output "pts 13 70 21 95\n" } */
/* { dg-output "word 20973f22\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
