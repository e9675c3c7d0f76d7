/* An unknown plugin option is an error, not a silently ignored typo
   (here "pionts" for "points"), and it names the option.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-gearshift-pionts=loops" } */
/* { dg-error "unknown option '-fplugin-arg-gearshift-pionts'" "" { target *-*-* } 0 } */

int x;
