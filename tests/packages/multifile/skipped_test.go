package main

func broken( { }
